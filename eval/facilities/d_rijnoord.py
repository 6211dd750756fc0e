from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "rijnoord-umc.test"

ACCOUNT = {
    "id": "acc-rijnoord",
    "name": "Rijnoord UMC",
    "owner_id": M,
    "arr": 1150000,
    "segment": "enterprise",
    "industry": "Hospital estate",
    "territory": "NL",
    "renewal_date": "2027-03-31",
    "contract_notes": "3-year metering + FixFlow + engineering service agreement signed 2024. "
                      "Priced per m2 GFA on 212,000 m2. FixFlow 350 seats flat. ES retainer 120 days/year. "
                      "Uplift capped at CPI.",
    "contacts": [
        contact("c-ro-bakker", "Willem Bakker", "Directeur Vastgoed & Facilitair",
                f"w.bakker@{D}", "+31 71 526 4410", "economic_buyer", "phone", 3,
                "Calendar run by his secretary Petra. Engineer by training (Ir.)."),
        contact("c-ro-janssen", "Ingrid Janssen", "Hoofd Technische Dienst",
                f"i.janssen@{D}", "+31 6 2291 7740", "champion", "chat", 5,
                "Runs the technical service for the whole campus. WhatsApp."),
        contact("c-ro-elhadji", "Youssef El Hadji", "Energiecoordinator",
                f"y.elhadji@{D}", "+31 6 4103 5528", "influencer", "email", 4,
                "Owns the energy dashboards and the CSRD numbers."),
        contact("c-ro-verhoeven", "Marloes Verhoeven", "Senior Inkoper",
                f"m.verhoeven@{D}", "+31 71 526 4188", "blocker", "email", 2,
                "Procurement. Wants everything in writing."),
        contact("c-ro-dekker", "Frank Dekker", "Lid Raad van Bestuur (Bedrijfsvoering)",
                f"f.dekker@{D}", "+31 71 526 4001", "decision_maker", "email", 1,
                "Board member for operations. Met twice."),
        contact("c-ro-smit", "Kees Smit", "Teamleider Werkplaats",
                f"k.smit@{D}", "+31 6 5530 1962", "user", "phone", 4,
                "Workshop lead, heaviest FixFlow user."),
    ],
    "opportunities": [
        opp("o-ro-renewal", "Renewal 2027 - 3yr metering + FixFlow + ES", "negotiation",
            1180000, "2027-03-31", "Send TCO comparison to Marloes by 15 December"),
        opp("o-ro-pavilions", "Paviljoens sub-metering retrofit (P3/P4)", "proposal",
            212400, "2027-01-31", "PO via Marloes; site survey follow-up with Kees"),
    ],
    "activities": [
        act("a-ro-001", "meeting", "2026-03-09T09:30:00Z", M, ["c-ro-bakker", "c-ro-janssen", "c-ro-elhadji"],
            "QBR Q1 2026",
            "QBR at the main building. Willem asked if we can deliver CO2 reporting per building for their CSRD "
            "report, first version before summer. Youssef shows the gap in metering on the WKK, the gas flow is "
            "estimated not measured. Gebouw J pilot is cancelled because the building closes in 2027, no sense to "
            "invest. Ingrid happy with FixFlow, asks again about offline mode for the basement.", None),
        act("a-ro-002", "email", "2026-04-02T07:12:00Z", M, ["c-ro-janssen"],
            "P1 WO-44871 chiller alarm OK-complex not escalated",
            "Marek, on Saturday 28 March the chiller alarm for the OK-complex was never escalated to the on-call "
            "technician. Your gateway was offline for 9 hours and nobody from your side noticed. Two operations "
            "were moved. This is now with the Raad van Bestuur. I need a root cause by Friday. Ingrid", "inbound"),
        act("a-ro-003", "call", "2026-04-03T15:00:00Z", M, ["c-ro-janssen"],
            "Root cause chiller escalation",
            "Called Ingrid with our engineering lead. Root cause: gateway GW-17 on firmware 3.2.1 has a memory bug, "
            "it hangs without sending the offline heartbeat. Rolled back to 3.1.9 on all 24 gateways, installing a "
            "second redundant gateway for the OK-complex. Promised a written incident report and a service credit.", None),
        act("a-ro-004", "email", "2026-04-20T11:40:00Z", M, ["c-ro-bakker", "c-ro-janssen"],
            "Incident report GW-17 and service credit",
            "Dear Willem, dear Ingrid, attached the incident report for the 28 March outage of gateway GW-17. "
            "As agreed we give a service credit of EUR 18,500 on the Q2 invoice. The redundant gateway for the "
            "OK-complex is live since 16 April. Our apologies again. Marek", "outbound"),
        act("a-ro-005", "note", "2026-05-14T13:00:00Z", M, ["c-ro-verhoeven"],
            "Procurement plans market consultation",
            "Marloes told me procurement will run a market consultation (marktconsultatie) before the renewal. "
            "Siemens and Spie are invited, also us. Timing: consultation in autumn, outcome expected January 2027.", None),
        act("a-ro-006", "meeting", "2026-06-11T10:00:00Z", M, ["c-ro-elhadji", "c-ro-smit"],
            "FixFlow usage review",
            "Usage review with Youssef and Kees. 318 of 350 seats active. Kees showed that patient transport uses "
            "FixFlow work orders for bed moves between wards. Not what we designed it for but it works. Youssef "
            "wants an export of kWh per ward.", None),
        act("a-ro-007", "email", "2026-07-08T08:25:00Z", M, ["c-ro-verhoeven"],
            "Request price breakdown per module",
            "Dear Mr Zielinski, for the preparation of the renewal we request a price breakdown per module "
            "(sensors, FixFlow, engineering service) and per building. Please deliver before 1 September. "
            "Kind regards, Marloes Verhoeven", "inbound"),
        act("a-ro-008", "email", "2026-08-28T16:05:00Z", M, ["c-ro-verhoeven"],
            "Price breakdown per module",
            "Dear Marloes, as requested the breakdown: sensors and gateways 46%, FixFlow 22%, engineering service "
            "32% of the annual fee. Per building split is in the attached sheet. Marek", "outbound"),
        act("a-ro-009", "call", "2026-09-17T08:00:00Z", M, ["c-ro-bakker"],
            "Call Willem - budget 2027",
            "Willem says a new CFO starts in January, from outside the hospital world. Budget 2027 for energy "
            "moves under the Programma Duurzaam Rijnoord. He wants the renewal proposal to show CO2, not only euros.", None),
        act("a-ro-010", "meeting", "2026-10-06T09:00:00Z", M, ["c-ro-smit"],
            "Site walk Paviljoens P3/P4",
            "Site walk with Kees in the Paviljoens. P3 and P4 still have old Kamstrup heat meters without remote "
            "reading: 38 meters to replace, plus 6 electricity submeters. Access to P4 plant room only with escort.", None),
        act("a-ro-011", "email", "2026-10-29T14:30:00Z", M, ["c-ro-janssen", "c-ro-verhoeven"],
            "Quote Paviljoens retrofit VQ-2026-0918",
            "Hi Ingrid, hereby our quote VQ-2026-0918 for the sub-metering retrofit of P3 and P4: EUR 212,400 "
            "including installation and 10 ES days for commissioning. Marloes in CC for the PO. Marek", "outbound"),
        act("a-ro-012", "chat", "2026-11-19T18:44:00Z", M, ["c-ro-janssen"],
            "WhatsApp Ingrid",
            "Ingrid: Marloes says market consultation done, outcome only in January, she won't tell me anything "
            "before. Offline mode still on track?? Marek: yes, beta in February.", "inbound"),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "On paper Willem Bakker signs, he is director Vastgoed & Facilitair and his mandate goes up to 1.5 million. "
        "But, and this is important, a three-year renewal above one million goes to the Raad van Bestuur, so in the "
        "end Frank Dekker decides, he is the board member for operations. Willem prepares it and Frank says yes or no. "
        "Willem, we call him 'the Ir.' internally because he signs every mail with Ir., cares about two things: CSRD "
        "reporting that he does not have to build himself, and never again a problem in the OK-complex. Frank cares about "
        "the Green Hospital 2030 plan and cost per square meter, he compares with other UMCs all the time. Frank I met "
        "only twice, he is polite but cold. Don't go to Frank without Willem, that will kill you."),
    "champion": (
        "Ingrid Janssen, head of the Technische Dienst, she is our champion since day one, she brought us in against "
        "Honeywell. What we promised her: the FixFlow offline mode will be live before the renewal, because her "
        "technicians in the basement of the Mothership (the main building, everybody calls it like that) have no signal "
        "and they write work orders on paper and type later. Product said beta February 2027, so it is tight. Also I "
        "promised we present together with her at the NVTG congress in April 2027, she really wants this. What she needs "
        "to look good: one savings number she can show in the monthly Vastgoedoverleg. Last time it was 11.4% less "
        "energy on the main campus versus 2023 baseline. Keep that number alive, update it every month, she uses it."),
    "hidden_commitments": (
        "Okay, there are a few, none of them in the contract. First, the WKK days: we give six ES days per year free for "
        "tuning the combined heat and power plant, I agreed this with Ingrid on a handshake in 2024, they are booked as "
        "internal project, not on invoice. Second, when Gebouw J closes we take back the 140 sensors and credit them at "
        "purchase price, no restocking fee. Third, Kees gets every September a free FixFlow training for his new "
        "technicians, half day, on site. And the big one: after the chiller thing in April, Hendrik told Willem on the "
        "phone that if the OK-complex goes dark one more time, they can leave the sensor part of the contract without "
        "penalty. That is nowhere written, only Willem, Hendrik and me know. Be careful with that one."),
    "history_sensitivities": (
        "Two bad moments. The big one is 28 March 2026: gateway GW-17 hangs because of a firmware bug, nine hours offline, "
        "and the chiller alarm of the OK-complex is not escalated. Two operations were moved, no patient harm, but it went "
        "up to the board. We fixed it with a firmware rollback, a second redundant gateway for the OK-complex and a credit "
        "of EUR 18,500. Ingrid defended us internally, it cost her. Never use the word 'outage' with Frank Dekker, say "
        "'the escalation incident'. Second one is older: in 2023 we double-invoiced the FixFlow licences, around 64k, "
        "finance took three months to credit it. Marloes in procurement still brings it up in every meeting. Just say "
        "sorry again and move on, don't argue."),
    "pricing_story": (
        "It is priced per square meter GFA, 212,000 m2 for the whole estate, plus FixFlow as flat fee for 350 seats, plus "
        "engineering service as a retainer of 120 days per year. In 2024 they got 14% discount, the reason: we displaced "
        "Honeywell there and Rijnoord became our lighthouse reference for hospitals in the Netherlands, they do reference "
        "calls for us, maybe four per year. So the discount is really a marketing deal. Uplift is capped at CPI. The "
        "Paviljoens are priced as a separate project because they were not in scope of the 2024 deal. If procurement "
        "asks why the per-m2 price is lower than in the offer for other hospitals, the answer is the reference role."),
    "unexpected_use": (
        "Two things. Patient transport uses FixFlow for bed moves between wards, they make a work order for every bed, "
        "Kees set it up, it works fine but it eats seats. And this one is a bit dangerous: the hospital pharmacy uses our "
        "temperature sensors to log the medicine fridges for their GDP audits. Our sensors are not validated for that, "
        "no calibration certificate for pharma use. I told them informally but they still do it. If an auditor asks, "
        "we are in a grey zone. Maybe sell them the calibrated probe kit, or at least get it in writing that they know."),
    "channels_surprises": (
        "Ingrid is WhatsApp, she answers within minutes, but never before half past seven in the morning, she hates that. "
        "Willem is phone only, he does not read long emails, his secretary Petra has his calendar, be nice to Petra. "
        "Marloes is email, everything in writing, and put her in CC on anything that has a price in it, otherwise she "
        "blocks it later just for principle. Youssef is email and Teams, very quick. Kees you just call, or walk in the "
        "workshop. Who must never be surprised: Willem. If something goes to Frank Dekker or the board, Willem must know "
        "before. In April he heard about GW-17 from Ingrid before from us and he was very angry about that."),
    "org_changes": (
        "A new CFO starts in January 2027, coming from outside healthcare, name is not public yet, Willem does not know "
        "him or her either. Budget for energy is moving from Vastgoed to the Programma Duurzaam Rijnoord, so the money "
        "for the renewal partly sits in another pot. Gebouw J closes mid 2027, that is 9,000 m2 less. Youssef his job is "
        "funded by a subsidy that ends June 2027, if he goes we lose our best user of the dashboards. And there are rumours "
        "about a merger or cooperation with Zorggroep Duin en Bollen, a regional hospital group, nothing official."),
    "warning_signs": (
        "Watch Marloes. Before the 2023 invoicing fight she started to ask for line-item breakdowns per module, and in "
        "July 2026 she asked exactly the same, breakdown per module and per building. For me that means procurement is "
        "building a case to compare. Second sign: when Ingrid goes quiet on WhatsApp for more than a week, something is "
        "wrong internally, that happened just before the GW-17 escalation went to the board. Third: Willem cancelling the "
        "QBR. He did it once in 2025 and then the FixFlow seat count discussion came."),
    "renewal_risk": (
        "If it slips, the stated reason will be the market consultation: 'procurement needs more time to evaluate the "
        "offers of Siemens and Spie', whatever the result is. The real reason is different: the board is still nervous after the "
        "OK-complex incident, Marloes wants to win something after 2023, and the new CFO will want to show he consolidates "
        "vendors. What saves it: offline mode live, Ingrid on stage at NVTG, and the CO2 reporting Willem asked for. Start the TCO comparison early, Marloes wants it by 15 December and she will read every line."),
}

QUESTIONS = [
    ans("Who actually gets the final yes on the Rijnoord renewal - the real estate director or somebody higher up?",
        ["decision_maker", "c-ro-dekker"], ["Dekker"]),
    ans("mobile for the head of the tech department at the UMC?",
        ["c-ro-janssen"], ["2291 7740"]),
    ans("what's this freebie with engineering days for their CHP plant?",
        ["hidden_commitments"], ["six"]),
    ans("What happened with the operating theatre cooling alarm last spring?",
        ["history_sensitivities", "a-ro-002", "a-ro-003", "a-ro-004"], ["GW-17"]),
    ans("how much did we credit them for that gateway mess",
        ["history_sensitivities", "a-ro-004"], ["18,500"]),
    ans("Is there some side agreement that would let them drop the sensors without paying a penalty?",
        ["hidden_commitments"], ["Hendrik"]),
    ans("what is the hospital pharmacy doing with our temp sensors?",
        ["unexpected_use"], ["fridge"]),
    ans("quote number for the pavilion meter job?",
        ["a-ro-011"], ["VQ-2026-0918"]),
    ans("How many old heat meters need swapping in P3 and P4?",
        ["a-ro-010"], ["38"]),
    ans("If the Rijnoord deal gets pushed, what excuse will they give and what's really going on?",
        ["renewal_risk"], ["market consultation"]),
    abstain("What was the outcome of the market consultation with Siemens and Spie?"),
    abstain("What's the name of the new CFO who starts in January?"),
]
