#!/usr/bin/env python3
"""Build the 'outcomes' evaluation set (irrigation / ag water software).

Writes bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1) next to
this script. Standard library only. The set focuses on questions that ask how
something turned out: some outcomes are captured, others are only planned.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

USERS = [
    {"id": "u-dana", "name": "Dana Okafor", "email": "dana.okafor@fieldflow.test",
     "role": "rep", "manager_id": "u-priya", "team": "Ag Water West"},
    {"id": "u-theo", "name": "Theo Marsh", "email": "theo.marsh@fieldflow.test",
     "role": "rep", "manager_id": "u-priya", "team": "Ag Water West"},
    {"id": "u-priya", "name": "Priya Natarajan", "email": "priya.natarajan@fieldflow.test",
     "role": "manager", "team": "Ag Water West"},
]


def act(id_, kind, at, contacts, subject, body, direction=None):
    a = {"id": id_, "kind": kind, "at": at, "author_id": "u-dana",
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


# --------------------------------------------------------------------------
# Account 1: Cascade Valley Growers Co-op (fruit growers' cooperative)
# --------------------------------------------------------------------------
CASCADE = {
    "id": "acc-cascade",
    "name": "Cascade Valley Growers Co-op",
    "owner_id": "u-dana",
    "arr": 186000,
    "segment": "mid_market",
    "industry": "Agriculture - Irrigation Management",
    "territory": "Pacific Northwest",
    "renewal_date": "2027-04-30",
    "contract_notes": "Co-op master license: flat $186,000/yr for up to 64 member farms. "
                      "Two on-site training days per year included. Annual uplift capped at 4%. "
                      "Sensor hardware sold separately to members.",
    "contacts": [
        {"id": "c-cv-marta", "name": "Marta Lindqvist", "title": "General Manager",
         "email": "marta@cascadevalley.test", "phone": "+1 509 555 0141",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Wants one-page summaries. Owns the co-op budget line."},
        {"id": "c-cv-rick", "name": "Rick Tanaka", "title": "Board Chair",
         "phone": "+1 509 555 0188", "role": "decision_maker", "preferred_channel": "phone",
         "relationship_strength": 3, "notes": "Apple grower. Call early morning."},
        {"id": "c-cv-joel", "name": "Joel Ferreira", "title": "Agronomy Lead",
         "email": "joel@cascadevalley.test", "phone": "+1 509 555 0122",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 5,
         "notes": "Ran the variable-rate irrigation pilot."},
        {"id": "c-cv-nina", "name": "Nina Osei", "title": "Operations & IT Coordinator",
         "email": "nina@cascadevalley.test", "role": "user", "preferred_channel": "Slack Connect",
         "relationship_strength": 4,
         "notes": "Answers Slack Connect within minutes; ignores email for days. Runs month-end ledger reconciliation."},
    ],
    "opportunities": [
        {"id": "o-cv-renewal", "name": "Master license renewal 2027", "stage": "proposal",
         "amount": 194000, "close_date": "2027-04-30",
         "next_step": "Pricing review meeting with Marta on 2026-12-15"},
        {"id": "o-cv-frost", "name": "Frost alert module add-on", "stage": "qualification",
         "amount": 24000, "close_date": "2027-03-15",
         "next_step": "Joel to review frost alert trial data in January"},
    ],
    "activities": [
        act("a-cv-001", "email", "2026-05-12T16:05:00Z", ["c-cv-joel"], "VRI pilot kickoff",
            "Joel, confirming the variable-rate irrigation (VRI) pilot on 12 member farms starts June 1 "
            "and runs through August 31. Success criterion we agreed: at least 10% less water applied per "
            "acre than 2025 with no yield drop. I'll book the readout for September.", "outbound"),
        act("a-cv-002", "meeting", "2026-09-18T17:00:00Z", ["c-cv-joel", "c-cv-marta"], "VRI pilot readout",
            "Readout with Joel, Marta and six of the pilot growers. Result: the pilot farms applied 14% less "
            "water per acre than last season and yields held flat. Two growers on the Sunnyside canal saw "
            "almost no savings because their pumps can't throttle. Marta said it was the best number she has "
            "seen from any vendor pilot."),
        act("a-cv-003", "note", "2026-10-08T15:30:00Z", ["c-cv-rick"], "Board vote on sensor financing",
            "Rick called after the co-op board met on Oct 7. The board voted it down 5-2: the co-op will not "
            "finance soil-moisture sensors for members on its balance sheet. Members will have to buy their "
            "own probes. Rick said the no was about debt, not about us."),
        act("a-cv-004", "email", "2026-10-29T19:12:00Z", ["c-cv-nina"], "Member survey results",
            "Dana, the fall member survey closed. 82% of growers who answered said they were satisfied or very "
            "satisfied with FieldFlow; the main complaint was the phone app logging people out. 41 of 60 "
            "members responded.", "inbound"),
        act("a-cv-005", "email", "2026-11-04T17:40:00Z", ["c-cv-nina", "c-cv-marta"], "Ecology metering audit prep",
            "Nina, the Department of Ecology metering audit at the co-op is booked for January 19. I'll pull the "
            "2026 diversion reports from FieldFlow so you have them ahead of time, and I'll be on site that day "
            "to help it go smoothly. Ecology usually sends results within six weeks.", "outbound"),
        act("a-cv-006", "call", "2026-11-20T16:00:00Z", ["c-cv-joel"], "Frost alert trial check-in",
            "Joel has had the frost alert module running on the cherry blocks at three member orchards since "
            "mid-October; the trial continues through bloom. Joel will review the trial data in January and "
            "give his verdict to the board then, including whether to recommend the add-on."),
        act("a-cv-007", "call", "2026-12-02T18:30:00Z", ["c-cv-marta"], "Scheduling the pricing review",
            "Short call with Marta. She wants a pricing review meeting on December 15 (the 15th is a Tuesday) "
            "before the renewal proposal goes to the board, and she wants to decide on the per-farm question "
            "there. She'll bring the new treasurer. Agenda: per-farm price, the training days, the 4% cap."),
    ],
}

CASCADE_INTERVIEW = {
    "decision_maker": "Formally it's the co-op board, and in practice that means Rick Tanaka, the board chair. "
        "Marta Lindqvist, the general manager, builds the recommendation and owns the budget line, but nothing over "
        "fifty thousand goes out the door without Rick putting it in front of the board, and the board does what Rick "
        "tells them nine times out of ten. What Rick personally cares about is that the co-op doesn't carry debt and "
        "that members don't feel like the co-op is upselling them. He farms four hundred acres of apples himself, so "
        "he trusts anything he can see on his own ranch. Marta cares about the water numbers she can show the state "
        "and about not getting yelled at in the member meeting. If you get Marta comfortable and Rick sees savings on "
        "his own blocks, the renewal goes through.",
    "champion": "Joel Ferreira, the agronomy lead, is our guy. He pushed for the variable-rate pilot and he's the one "
        "who stood up in front of the growers with the numbers. I promised Joel two things: that we'd get a throttling "
        "fix for the Sunnyside canal pumps on the roadmap, and that he'd get first look at the frost alert module "
        "before anyone else in the valley. He presented the pilot results at the Washington tree fruit conference in "
        "early December, and honestly it went fine, better than fine, growers lined up afterwards asking how to get "
        "on it. What Joel needs to look good internally is member adoption numbers he can take to Marta every quarter, "
        "so send him the active-user report the first Monday of each quarter without being asked.",
    "hidden_commitments": "A few. The big one: I told Nina we'd fix the phone app logging growers out every couple "
        "of days, because that was the top complaint in the member survey. We shipped the fix in the 4.2 release in "
        "November and Nina confirmed the logout complaints stopped within a week, so that one's closed, but she'll "
        "remember it. Still open: I promised Joel the Sunnyside pump throttling work would be looked at before the "
        "renewal, and I told Marta verbally that the two training days a year could be split into four half-days in "
        "members' own sheds. None of that is in the contract. I also said we'd help with the Ecology metering audit "
        "prep at no charge.",
    "history_sensitivities": "Two things. First, the training day in March 2025 at the co-op warehouse was a bust. We "
        "booked it right in the middle of pruning, only nine growers out of sixty showed up, and Marta had paid for "
        "the catering. She still brings it up, so never schedule anything with members between February and April "
        "without asking her. Second, in 2024 we had a sync outage during the July heat wave where the valve schedules "
        "didn't push for about eleven hours. Nobody lost a crop, but a couple of growers ran pumps by hand overnight. "
        "We apologised in person and gave a month free. Sensitive topics: anything that sounds like the co-op is "
        "pushing members to buy hardware, and the Sunnyside pumps, which are a sore point because the pilot didn't "
        "help those growers.",
    "pricing_story": "It's a co-op master license, a flat $186,000 a year for up to 64 member farms, instead of "
        "per-farm pricing. We did it that way because per-farm pricing made small growers drop out and the co-op "
        "wanted one invoice it could spread over member dues. The uplift is capped at 4% because the previous vendor "
        "raised prices 20% in one year and Marta swore she'd never sign an uncapped deal again. Hardware is sold "
        "separately, deliberately: the co-op doesn't want to be in the sensor business, which is also why the board "
        "killed the financing idea. The two training days are baked into the price; don't try to charge for them.",
    "unexpected_use": "They use the FieldFlow water-rights ledger to settle internal water trades between members. "
        "In dry years, growers with junior rights lease water from neighbors with senior rights, and Nina uses our "
        "ledger export as the record of who moved how much. We never designed it as a trading platform and there's "
        "no approval workflow, so she keeps a side spreadsheet to reconcile. They also use the diversion reports for "
        "their Ecology filings, which is intended, but the trades thing is not. If you ever change the ledger export "
        "format, tell Nina first or you'll break her month-end.",
    "channels_surprises": "Rick is phone only; call his cell early in the morning before he's out on the tractor, "
        "he doesn't read long emails. Marta is email, and she wants a one-page summary, not a deck. Joel texts back "
        "fast, but for anything substantial he wants a call. Nina answers on Slack Connect within minutes and ignores "
        "email for days. The person who must never be surprised is Marta. If anything is going to come up at a board "
        "meeting, pricing, an outage, a change in the training days, she has to hear it from us first, at least a "
        "week before. Rick hates surprises too, but he'll forgive one; Marta won't.",
    "org_changes": "The big thing is that Marta is driving a merger with the Yakima Ridge co-op next door. If it goes "
        "through, the combined co-op would be around 140 members and they'd have to pick one irrigation platform, "
        "and Yakima Ridge runs a competitor. The members have to approve it at the annual meeting in February 2027, "
        "and that merger vote is the thing I'd watch most. Also, the treasurer position turned over in September; "
        "the new treasurer is Glen Whitaker, who came from a bank and reads every line item. He'll be at the pricing "
        "review.",
    "warning_signs": "Before the 2024 renewal, Nina went quiet on Slack for about five weeks and Joel stopped "
        "forwarding grower questions. That turned out to mean Marta had asked them to evaluate the competitor Yakima "
        "Ridge uses, and we only found out when Rick mentioned it on a call. We held on by showing the diversion "
        "report savings. So if Nina stops answering or Joel stops sending questions, assume somebody's running an "
        "evaluation. Another sign: when Marta starts copying the treasurer on routine emails, money is being looked at.",
    "renewal_risk": "If it slips, the stated reason will be the merger: we need to wait until the Yakima Ridge merger "
        "settles before committing. The real reason will be price against the competitor Yakima Ridge already pays "
        "for, plus the board's nervousness after voting down the sensor financing. Members are being asked to buy "
        "their own probes, and some will ask why pay for software if they're paying for hardware too. The renewal is "
        "April 30, 2027, so the members' merger vote in February lands right before it. Get the proposal to Marta "
        "after the pricing review on December 15 and well before the merger vote.",
}

# --------------------------------------------------------------------------
# Account 2: Red Mesa Irrigation District (public water district)
# --------------------------------------------------------------------------
REDMESA = {
    "id": "acc-redmesa",
    "name": "Red Mesa Irrigation District",
    "owner_id": "u-dana",
    "arr": 540000,
    "segment": "enterprise",
    "industry": "Water District",
    "territory": "Southwest",
    "renewal_date": "2027-06-30",
    "contract_notes": "5-year district agreement signed 2022: water ordering portal, SCADA integration, canal "
                      "telemetry. Uplift capped at 3%. Non-appropriation clause: the district may terminate without "
                      "penalty if the board does not budget for the service. $18,000 service credit applied in FY2026 "
                      "after the July 2025 telemetry outage.",
    "contacts": [
        {"id": "c-rm-gloria", "name": "Gloria Benally", "title": "District General Manager",
         "email": "gbenally@redmesaid.test", "phone": "+1 520 555 0110", "role": "economic_buyer",
         "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Phone call for anything important, then an email summary the same day. Retiring mid-2027."},
        {"id": "c-rm-hank", "name": "Hank Delgado", "title": "Watermaster", "phone": "+1 520 555 0133",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 5,
         "notes": "In the field all day; text him."},
        {"id": "c-rm-sofia", "name": "Sofia Marquez", "title": "Finance Director",
         "email": "smarquez@redmesaid.test", "role": "blocker", "preferred_channel": "email",
         "relationship_strength": 2,
         "notes": "Skeptical of multi-year software commitments. Controls the budget calendar."},
        {"id": "c-rm-lee", "name": "Lee Chen", "title": "SCADA Engineer", "email": "lchen@redmesaid.test",
         "role": "user", "preferred_channel": "Teams chat", "relationship_strength": 4,
         "notes": "Owns the SCADA integration and the telemetry gateways."},
        {"id": "c-rm-walt", "name": "Walt Ingram", "title": "Board President", "role": "decision_maker",
         "relationship_strength": 1, "notes": "Reach only through Gloria."},
    ],
    "opportunities": [
        {"id": "o-rm-renewal", "name": "District renewal 2027", "stage": "qualification", "amount": 565000,
         "close_date": "2027-06-30",
         "next_step": "Sofia to present FieldFlow costs at the January board budget workshop"},
        {"id": "o-rm-gateway", "name": "Telemetry gateways - north lateral", "stage": "proposal",
         "amount": 88000, "close_date": "2027-04-15",
         "next_step": "Wait for compiled field trial results from Lee"},
    ],
    "activities": [
        act("a-rm-001", "meeting", "2026-03-10T17:00:00Z", ["c-rm-lee", "c-rm-hank"], "Planning the SCADA acceptance test",
            "Acceptance test of the SCADA integration booked for April 14 at the district operations center with "
            "Lee Chen. Criteria: gate positions sync within 60 seconds and no missed flow readings over 72 hours."),
        act("a-rm-002", "email", "2026-04-20T21:15:00Z", ["c-rm-lee"], "Acceptance test results",
            "Dana, the SCADA integration acceptance test passed with two minor findings: the timestamp on the "
            "Lateral 9 flume is off by one hour after the daylight-saving change, and the alarm list doesn't sort by "
            "severity. Neither blocks go-live. I signed off.", "inbound"),
        act("a-rm-003", "note", "2026-06-02T15:00:00Z", ["c-rm-hank"], "WaterSMART grant",
            "Hank called: Reclamation awarded the district $275,000 under the WaterSMART grant for canal automation. "
            "Hank says about half will go to FieldFlow telemetry. Our letter of support helped."),
        act("a-rm-004", "meeting", "2026-09-09T01:30:00Z", ["c-rm-gloria", "c-rm-walt"], "Board vote on grower ordering portal",
            "District board meeting. Walt Ingram called the vote on opening the water ordering portal to all 1,100 "
            "growers for the 2027 season. The board signed off unanimously, 7-0. Gloria wants a training plan for the "
            "ditch riders before March."),
        act("a-rm-005", "email", "2026-10-15T23:05:00Z", ["c-rm-hank"], "Ditch rider survey",
            "Survey of the 22 ditch riders is in: 71% use the FieldFlow mobile app every shift, the rest still phone "
            "orders in. Biggest gripe is no offline mode on the east side.", "inbound"),
        act("a-rm-006", "call", "2026-11-12T18:00:00Z", ["c-rm-lee"], "North lateral gateway field trial",
            "Lee says the telemetry gateway field trial on the north lateral wrapped up on Nov 8. Results are still "
            "being compiled and he'll send them in December. Success criteria were 98% uptime and under 5 minutes of "
            "latency."),
        act("a-rm-007", "email", "2026-11-30T16:20:00Z", ["c-rm-sofia"], "Cost breakdown for the budget workshop",
            "Sofia, attached is the FieldFlow cost breakdown for the January 12 board budget workshop, including the "
            "3% capped uplift. We won't know the outcome until after the workshop; happy to join if useful.",
            "outbound"),
    ],
}

REDMESA_INTERVIEW = {
    "decision_maker": "Gloria Benally, the district general manager, makes the call and takes it to the board; the "
        "board president, Walt Ingram, has never overruled her on a technology contract. Gloria cares about two "
        "things: that water gets to growers on the day they ordered it, and that she's never again standing in front "
        "of angry farmers explaining an outage like July 2025. She's retiring in mid-2027, so she also cares about "
        "leaving the district on systems that don't depend on her. Sofia Marquez, the finance director, doesn't "
        "decide, but she can slow things down badly: she controls the budget calendar and she's skeptical of "
        "multi-year software commitments. The budget is set at the January board budget workshop, and the renewal "
        "has to fit inside it.",
    "champion": "Hank Delgado, the watermaster. He's been with the district thirty years and he's the one who got "
        "the ditch riders onto the mobile app. I promised Hank an offline mode for the mobile app on the east side, "
        "where there's no coverage, by the 2027 irrigation season. It's on the roadmap but not committed in writing, "
        "so be careful. I also promised him we'd write the letter of support for their WaterSMART grant, which we "
        "did, and Reclamation awarded the district $275,000 in June. What Hank needs to look good is the ditch riders "
        "not complaining to Gloria, and a smooth start to the season when all 1,100 growers come onto the ordering "
        "portal.",
    "hidden_commitments": "Three things that aren't written down. One, offline mode for Hank's ditch riders by the "
        "2027 season. Two, I promised Gloria a full load test of the water ordering portal before spring, simulating "
        "all 1,100 growers ordering on the same morning; that load test is scheduled for the week of February 8, "
        "2027, and Lee will run it with our engineers. We'll know how it goes then. Three, I told Lee we'd fix the "
        "two minor findings from the SCADA acceptance test, the daylight-saving timestamp on the Lateral 9 flume and "
        "the alarm sort, before the next season. The timestamp one is done; the alarm sort isn't.",
    "history_sensitivities": "July 2025 was bad. A certificate expired on our side, the telemetry feed from the main "
        "canal dropped for nine hours during peak season, and two laterals were over-delivered while growers on the "
        "south end were short. Gloria had to face the board. We held a postmortem meeting with her in August 2025; "
        "Gloria accepted the root-cause report, and we agreed an $18,000 service credit, which is now in the contract "
        "notes. She was gracious about it, but it's still the most sensitive topic in the account. Don't joke about "
        "outages, and don't say 'certificate' around Gloria without a plan attached. Also sensitive: the insurer's "
        "penetration test. It came back clean in February 2026, zero critical findings, but Sofia still asks about "
        "security whenever money is discussed.",
    "pricing_story": "It's a five-year district agreement we signed in 2022, $540,000 a year, covering the water "
        "ordering portal, the SCADA integration and the canal telemetry. It's priced per district, not per grower, "
        "because the district passes the cost through in the per-acre assessment and the board wanted one predictable "
        "number. Uplift is capped at 3%. There's a non-appropriation clause: if the board doesn't budget for us in a "
        "given year, they can terminate without penalty. That's standard for public agencies in Arizona and we "
        "couldn't get rid of it. The $18,000 service credit from the outage came off FY2026.",
    "unexpected_use": "They use the canal telemetry to catch water theft. Hank's team looks for flow drops on "
        "laterals at night where nobody has an order, and they've used our flow history as evidence in two hearings "
        "with growers who were pulling water off-schedule. We built the telemetry for operations, not enforcement, "
        "and the timestamps are only as good as the gateways, which is part of why the north lateral gateway trial "
        "matters to them. Lee also exports our data into their own SCADA historian for board reports.",
    "channels_surprises": "Gloria wants a phone call for anything important, followed by an email summary the same "
        "day. Hank is easiest by text; he's in a truck all day. Sofia is strictly email and wants everything formal, "
        "with numbers attached. Lee Chen, the SCADA engineer, prefers Teams chat and is quick. Walt Ingram, the board "
        "president, we only ever reach through Gloria; never contact him directly. The person who must never be "
        "surprised is Gloria: any incident, any price change, any roadmap slip that affects the ordering portal, she "
        "needs to hear from us by phone before anyone on the board does.",
    "org_changes": "Gloria is retiring at the end of June 2027, right at renewal. The board has formed a search "
        "committee, chaired by Walt, and they plan to pick her replacement by May. Whoever they pick could be a "
        "stranger to us. Sofia is rumored to be a candidate, which would not be great, because she's the most "
        "skeptical person there. Also, the district is considering consolidating its billing office with the "
        "neighboring Pinal West district, which might change who handles our invoices.",
    "warning_signs": "In spring 2025, before the July outage, Lee flagged three times that telemetry gaps were "
        "getting longer and we didn't act. That preceded the outage. So when Lee raises a data-quality concern, treat "
        "it as urgent. The other sign: before the 2022 contract, Sofia started requesting competitor quotes through "
        "the public procurement office, and that preceded a six-month delay in signing. If you see a public request "
        "for information from the district for irrigation software, that's the signal, and you should call Gloria the same day.",
    "renewal_risk": "The renewal is June 30, 2027. If it slips, the stated reason will be the budget: Sofia will say "
        "the January budget workshop didn't leave room, or she'll invoke the non-appropriation clause. The real reason "
        "will be leadership. With Gloria leaving the same month, nobody wants to sign five years on behalf of a "
        "successor they haven't met. The safe move is a one-year bridge at the capped uplift if the search committee "
        "hasn't named someone by May. Have Gloria say it's the right call before she leaves.",
}

# --------------------------------------------------------------------------
# Account 3: Holloway Orchards (family almond and pistachio farm)
# --------------------------------------------------------------------------
HOLLOWAY = {
    "id": "acc-holloway",
    "name": "Holloway Orchards",
    "owner_id": "u-dana",
    "arr": 46000,
    "segment": "smb",
    "industry": "Agriculture - Orchards",
    "territory": "California Central Valley",
    "renewal_date": "2027-03-31",
    "contract_notes": "Annual subscription for 1,400 acres of almonds; includes a 10% family-farm discount tied to "
                      "Ruth acting as a reference customer. Invoice deferred to November after harvest. Pistachio "
                      "blocks added June 2026 at no charge until renewal.",
    "contacts": [
        {"id": "c-ho-ruth", "name": "Ruth Holloway", "title": "Owner", "phone": "+1 559 555 0170",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Landline at the house, mornings before eight or after six. Wants printouts."},
        {"id": "c-ho-sam", "name": "Sam Holloway", "title": "Operations Manager", "phone": "+1 559 555 0171",
         "email": "sam@hollowayorchards.test", "role": "champion", "preferred_channel": "text",
         "relationship_strength": 5, "notes": "Ruth's son; expected to take over the farm."},
        {"id": "c-ho-ines", "name": "Ines Vargas", "title": "Irrigation Foreman", "phone": "+1 559 555 0179",
         "role": "user", "preferred_channel": "WhatsApp", "relationship_strength": 3,
         "notes": "Prefers WhatsApp voice notes, in Spanish."},
        {"id": "c-ho-derek", "name": "Derek Pruitt", "title": "Independent Crop Consultant",
         "email": "derek@pruittag.test", "role": "influencer", "preferred_channel": "email",
         "relationship_strength": 3, "notes": "Likes data attached."},
    ],
    "opportunities": [
        {"id": "o-ho-renewal", "name": "Renewal 2027 incl. pistachio acres", "stage": "discovery",
         "amount": 52000, "close_date": "2027-03-31",
         "next_step": "Talk pistachio pricing with Sam before raising it with Ruth"},
    ],
    "activities": [
        act("a-ho-001", "email", "2026-04-03T16:00:00Z", ["c-ho-sam"], "Block 7 drip pressure trial",
            "Sam, the pressure transducers ship Friday. The drip pressure trial runs May through July on block 7; "
            "Ines will check readings against the hand gauges weekly.", "outbound"),
        act("a-ho-002", "call", "2026-08-06T15:45:00Z", ["c-ho-sam"], "Drip trial wrap-up",
            "Sam was blunt: the block 7 drip pressure trial flopped. The transducers kept dropping offline in the heat "
            "and Ines went back to checking gauges by hand after three weeks. We agreed not to charge for the "
            "hardware."),
        act("a-ho-003", "meeting", "2026-09-22T17:00:00Z", ["c-ho-ruth", "c-ho-sam"], "Yield map demo with Ruth",
            "Showed Ruth the yield versus applied-water maps for the 2026 harvest at the farm office. Ruth was happy "
            "with it: she said it's the first time she has seen which blocks are over-watered. She wants a printed "
            "copy for her banker."),
        act("a-ho-004", "note", "2026-10-14T20:10:00Z", ["c-ho-sam"], "Farm Credit loan",
            "Sam says Farm Credit approved the equipment loan for the 40 new soil-moisture probes: $61,000 at 6.1% "
            "over five years. Install after harvest cleanup."),
        act("a-ho-005", "email", "2026-11-10T18:30:00Z", ["c-ho-derek", "c-ho-ruth"], "Hull-split deficit irrigation experiment",
            "Dana, for next season I'd like to run a regulated deficit irrigation experiment at hull split on blocks "
            "3 and 4. Success criteria agreed with Ruth: at least 20% less water with no more than 2% kernel-weight "
            "loss. If it works, Ruth wants it farm-wide. We'll need the FieldFlow stress index exported weekly.",
            "inbound"),
        act("a-ho-006", "email", "2026-11-24T16:45:00Z", ["c-ho-ruth"], "GSA allocation hearing",
            "Ruth, the Kings Subbasin GSA allocation hearing is set for January 21 in Hanford. I've prepared the 2026 "
            "extraction report from FieldFlow for you to submit. The GSA board will decide the 2027 pumping "
            "allocations at the hearing.", "outbound"),
        act("a-ho-007", "chat", "2026-12-01T22:05:00Z", ["c-ho-ines"], "Probe install",
            "Ines: 22 of the 40 probes are in, the rest go in after the rain. Install still under way. Dana: thanks, "
            "I'll check they're all reading once they're all installed.", "inbound"),
    ],
}

HOLLOWAY_INTERVIEW = {
    "decision_maker": "Ruth Holloway decides, full stop. She's seventy-one, runs the farm her father started, and "
        "signs every check over five thousand dollars herself. What she cares about is water cost per acre and not "
        "being made to feel stupid by technology. She reads paper, so bring printouts. Sam, her son, runs day-to-day "
        "operations and makes the case to her, and Derek Pruitt, their independent crop consultant, has her ear on "
        "anything agronomic. But the renewal is Ruth's decision, and she makes it at the kitchen table after "
        "harvest, usually in October or November, even though the paper renewal date is March 31.",
    "champion": "Sam Holloway is our champion. He's the one who brought us in and he wants to modernize the farm "
        "before he takes it over. I promised Sam that if the block 7 drip pressure trial didn't work we wouldn't "
        "charge for the transducers, and we didn't. He pitched his mother on adding the new pistachio blocks into "
        "FieldFlow this summer, and Ruth said yes in June, so we added about 300 acres at no price change until "
        "renewal. What Sam needs to look good is for Ruth to see savings in dollars, not percentages, and for "
        "nothing to break during hull split.",
    "hidden_commitments": "I promised Ruth a printed yield-versus-water map every year after harvest; she showed the "
        "2026 one to her banker. I told Derek we'd export the crop stress index to him weekly during the hull-split "
        "deficit irrigation experiment next season, which isn't a product feature, it's me running a report by hand "
        "every Monday. The pistachio blocks are on the account free until the March 31 renewal, and Ruth will expect "
        "that to continue, so talk pricing with Sam first. And I said we'd remote-check all 40 new probes once Ines "
        "has them installed.",
    "history_sensitivities": "The block 7 drip pressure trial was the low point: the transducers kept dropping "
        "offline in the heat and Ines lost faith in the whole system for a while. We ate the hardware cost. The high "
        "point was the GSA well meter audit in April 2026: Holloway passed with no findings, and Ruth credits our "
        "extraction reports for that. Sensitive topics: Ines's time. She felt the trial made more work for her crew, "
        "so don't ask her to do anything extra without Sam's okay. And don't bring up the neighbor's lawsuit over "
        "the shared well; Ruth won't discuss it.",
    "pricing_story": "They pay $46,000 a year for 1,400 acres, which includes a 10% family-farm discount. The "
        "discount is tied to Ruth being a reference customer: she takes two or three calls a year from growers we're "
        "selling to. Last spring she took a reference call from a grower in Westlands and it went great; they signed "
        "two weeks later. The invoice is deferred to November, after harvest cash comes in, even though the contract "
        "renews March 31; that was the only way Ruth would sign the first time. The pistachio acres ride along free "
        "until renewal.",
    "unexpected_use": "Ruth uses the FieldFlow applied-water reports as part of her loan packet with Farm Credit; "
        "the equipment loan for the 40 probes went through partly because the banker could see water use by block. "
        "Derek uses the soil-moisture charts to time their bee hive placements during bloom, which has nothing to do "
        "with irrigation. And Ines uses the valve schedule screen as a crew roster, because it shows which blocks "
        "have people working when. None of that was designed by us, so check with them before changing those screens.",
    "channels_surprises": "Ruth is phone, the landline at the house, mornings before eight or after six, and she "
        "wants paper for anything with numbers. Sam is text, day or night. Ines prefers WhatsApp and Spanish; she'll "
        "answer a voice note faster than anything else. Derek is email, and he likes data attached. The one who must "
        "never be surprised is Ruth. If a price is changing, or something broke in the field, Ruth has to hear it "
        "from us or from Sam before she sees it on an invoice or hears it from Ines. Blindsiding her is the fastest "
        "way to lose this account.",
    "org_changes": "The big one is succession. Ruth is planning to hand the farm over to Sam, and there's a family "
        "meeting with their estate attorney scheduled for February 2027 to work out the structure. Sam's sister lives "
        "in Sacramento and may want her share in cash, which could mean selling some acreage. Also the GSA allocation "
        "hearing is set for January 21; if pumping allocations get cut, the farm may fallow blocks. Sam will tell me "
        "what comes out of the family meeting, but it hasn't happened yet.",
    "warning_signs": "When Ruth stops taking my calls and everything comes through Sam, she's unhappy and doesn't "
        "want to say it. That happened in summer 2026 during the drip trial, and it preceded her asking Sam whether "
        "they should cancel. When Ines stops logging valve changes in the app and goes back to paper, adoption is "
        "slipping. Both happened during the trial, and both reversed after we took the hardware back and showed Ruth "
        "the yield map. Watch for either one in the spring.",
    "renewal_risk": "If it slips, the stated reason will be cash flow: we'll see after harvest, or the GSA "
        "allocation. The real reason would be Ruth not seeing the savings in dollars, or the succession changing who "
        "signs. The renewal is March 31, 2027, but the real decision happens in November at the kitchen table, so "
        "the invoice timing matters more than the date, and the pistachio pricing conversation has to go through "
        "Sam before it reaches Ruth. Never the other way round.",
}

# --------------------------------------------------------------------------
# Questions. (account, category, question, gold sources, must_mention)
# category: "outcome" / "outcome_abstain" / "other" / "other_abstain"
# --------------------------------------------------------------------------
def I(q):
    return {"kind": "interview", "question_id": q}


def R(kind, id_):
    return {"kind": kind, "id": id_}


Q = [
    # ---- Cascade: answerable outcomes
    ("acc-cascade", "outcome", "how did the vri pilot on the 12 member farms turn out?",
     [R("activity", "a-cv-002")], ["14% less water"]),
    ("acc-cascade", "outcome", "did the co-op board end up approving the sensor financing or not",
     [R("activity", "a-cv-003")], ["voted it down"]),
    ("acc-cascade", "outcome", "what'd the fall member survey come back with",
     [R("activity", "a-cv-004")], ["82%"]),
    ("acc-cascade", "outcome", "that training day at the warehouse back in 2025, how'd it go",
     [I("history_sensitivities")], ["was a bust"]),
    ("acc-cascade", "outcome", "joel gave a talk at the tree fruit conference right? how was it received",
     [I("champion")], ["went fine"]),
    ("acc-cascade", "outcome", "did the fix for the app logging ppl out actually stick",
     [I("hidden_commitments")], ["complaints stopped"]),
    # ---- Cascade: unanswerable outcomes
    ("acc-cascade", "outcome_abstain", "how'd the ecology metering audit go?", [], []),
    ("acc-cascade", "outcome_abstain", "what was joel's verdict on the frost alert trial", [], []),
    ("acc-cascade", "outcome_abstain", "what did marta decide at the pricing review on the 15th", [], []),
    ("acc-cascade", "outcome_abstain", "did the members approve the yakima ridge merger", [], []),
    # ---- Cascade: other
    ("acc-cascade", "other", "who actually signs off on the cascade renewal",
     [I("decision_maker")], ["Rick"]),
    ("acc-cascade", "other", "whats the uplift cap on their license",
     [R("account", "acc-cascade"), I("pricing_story")], ["4%"]),
    ("acc-cascade", "other", "best way to reach nina? she never answers my emails lol",
     [R("contact", "c-cv-nina"), I("channels_surprises")], ["Slack"]),
    ("acc-cascade", "other_abstain", "what erp system does the co-op run for member billing", [], []),

    # ---- Red Mesa: answerable outcomes
    ("acc-redmesa", "outcome", "how did the scada acceptance test go w lee",
     [R("activity", "a-rm-002")], ["passed with two minor findings"]),
    ("acc-redmesa", "outcome", "did red mesa get the watersmart grant or nah",
     [R("activity", "a-rm-003"), I("champion")], ["$275,000"]),
    ("acc-redmesa", "outcome", "where did the board land on opening the ordering portal to all the growers?",
     [R("activity", "a-rm-004")], ["signed off unanimously"]),
    ("acc-redmesa", "outcome", "results of the ditch rider survey?",
     [R("activity", "a-rm-005")], ["71%"]),
    ("acc-redmesa", "outcome", "what came out of the outage postmortem with gloria",
     [I("history_sensitivities")], ["accepted the root-cause report", "$18,000"]),
    ("acc-redmesa", "outcome", "the insurer's pen test, what did it find",
     [I("history_sensitivities")], ["came back clean"]),
    # ---- Red Mesa: unanswerable outcomes
    ("acc-redmesa", "outcome_abstain", "what were the results of the north lateral gateway trial", [], []),
    ("acc-redmesa", "outcome_abstain", "any outcome from the january board budget workshop?", [], []),
    ("acc-redmesa", "outcome_abstain", "how did the ordering portal load test go", [], []),
    ("acc-redmesa", "outcome_abstain", "did the search committee pick gloria's replacement yet", [], []),
    # ---- Red Mesa: other
    ("acc-redmesa", "other", "who's our champion at red mesa and what did dana promise him",
     [I("champion")], ["Hank", "offline mode"]),
    ("acc-redmesa", "other", "when does red mesa renew exactly",
     [I("renewal_risk"), R("account", "acc-redmesa"), R("opportunity", "o-rm-renewal")], ["June 30"]),
    ("acc-redmesa", "other", "anyone over there likely to fight the renewal?",
     [I("decision_maker"), R("contact", "c-rm-sofia")], ["Sofia"]),
    ("acc-redmesa", "other", "wtf is the non-appropriation clause in the red mesa deal",
     [R("account", "acc-redmesa"), I("pricing_story")], ["non-appropriation"]),
    ("acc-redmesa", "other_abstain", "what's the name of gloria's assistant", [], []),

    # ---- Holloway: answerable outcomes
    ("acc-holloway", "outcome", "how'd the block 7 drip pressure trial go",
     [R("activity", "a-ho-002")], ["flopped"]),
    ("acc-holloway", "outcome", "what was ruth's take on the yield map demo",
     [R("activity", "a-ho-003")], ["Ruth was happy with it"]),
    ("acc-holloway", "outcome", "did farm credit approve the loan for the probes?",
     [R("activity", "a-ho-004")], ["approved the equipment loan"]),
    ("acc-holloway", "outcome", "what did the gsa well meter audit find at holloway",
     [I("history_sensitivities")], ["no findings"]),
    ("acc-holloway", "outcome", "where'd they land on adding the pistachio blocks",
     [I("champion")], ["Ruth said yes"]),
    ("acc-holloway", "outcome", "that reference call ruth did for us last spring, how'd that go",
     [I("pricing_story")], ["went great"]),
    # ---- Holloway: unanswerable outcomes
    ("acc-holloway", "outcome_abstain", "did the hull split deficit irrigation experiment work", [], []),
    ("acc-holloway", "outcome_abstain", "what did the gsa decide at the allocation hearing", [], []),
    ("acc-holloway", "outcome_abstain", "are all 40 of the new probes installed and reading yet", [], []),
    ("acc-holloway", "outcome_abstain", "what came out of the family meeting with the estate attorney", [], []),
    # ---- Holloway: other
    ("acc-holloway", "other", "why does holloway get 10% off",
     [I("pricing_story"), R("account", "acc-holloway")], ["reference"]),
    ("acc-holloway", "other", "is ines on whatsapp or what",
     [R("contact", "c-ho-ines"), I("channels_surprises")], ["WhatsApp"]),
    ("acc-holloway", "other", "who do i absolutely not blindside at holloway",
     [I("channels_surprises")], ["Ruth"]),
    ("acc-holloway", "other_abstain", "how many ppl does holloway have on payroll", [], []),
    ("acc-cascade", "other_abstain", "whats the main front desk number at the co-op office", [], []),
]


def main():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": [CASCADE, REDMESA, HOLLOWAY]}
    questions = []
    for n, (acc, cat, text, gold, must) in enumerate(Q, 1):
        abstain = cat.endswith("abstain")
        questions.append({
            "id": "q-out-%03d" % n,
            "account_id": acc,
            "category": cat,  # extra field; ignored by the format
            "question": text,
            "expect": "abstain" if abstain else "answer",
            "gold_sources": gold,
            "must_mention": must,
        })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-dana",
        "successor_user_id": "u-theo",
        "manager_user_id": "u-priya",
        "interviews": {"acc-cascade": CASCADE_INTERVIEW, "acc-redmesa": REDMESA_INTERVIEW,
                       "acc-holloway": HOLLOWAY_INTERVIEW},
        "questions": questions,
    }
    for name, obj in (("bundle.json", bundle), ("eval.json", ev)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote bundle.json (%d accounts) and eval.json (%d questions)" % (len(bundle["accounts"]), len(questions)))


if __name__ == "__main__":
    main()
