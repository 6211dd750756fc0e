from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "azdijlevallei.test"

ACCOUNT = {
    "id": "acc-dijlevallei",
    "name": "AZ Dijlevallei",
    "owner_id": M,
    "arr": 620000,
    "segment": "enterprise",
    "industry": "Hospital estate",
    "territory": "BE",
    "renewal_date": "2027-05-31",
    "contract_notes": "Service contract for Campus Nekker (new build) and Campus Sint-Rombout, plus ES retainer. "
                      "Exit clause for Sint-Rombout when the site is sold.",
    "contacts": [
        contact("c-dv-goossens", "Luc Goossens", "Technisch Directeur",
                f"luc.goossens@{D}", "+32 15 50 4120", "economic_buyer", "phone", 4,
                "Calls early, from 7:00. Retires in 2028."),
        contact("c-dv-vermeulen", "An Vermeulen", "Energy & Sustainability Manager",
                f"an.vermeulen@{D}", "+32 472 38 15 04", "champion", "chat", 5,
                "Owns EBO reporting."),
        contact("c-dv-jacobs", "Bart Jacobs", "CFO",
                f"bart.jacobs@{D}", "+32 15 50 4002", "decision_maker", "email", 1,
                "Formal. Via Luc's assistant."),
        contact("c-dv-willems", "Nathalie Willems", "Hoofd Ziekenhuishygiene",
                f"nathalie.willems@{D}", "+32 15 50 4388", "influencer", "meeting", 2,
                "Infection prevention. In-person meetings only."),
        contact("c-dv-mertens", "Koen Mertens", "Ploegbaas Technieken",
                f"koen.mertens@{D}", "+32 479 60 22 81", "user", "phone", 4,
                "Foreman, daily FixFlow user."),
        contact("c-dv-lambrecht", "Sarah Lambrecht", "Aankoper",
                f"sarah.lambrecht@{D}", "+32 15 50 4210", "other", "email", 3,
                "Purchasing, handles POs."),
    ],
    "opportunities": [
        opp("o-dv-renewal", "Renewal 2027 + Hof ter Linden", "proposal", 690000, "2027-05-31",
            "Price for Hof ter Linden to Luc; payback sheet for Bart"),
        opp("o-dv-legionella", "Legionella water-temperature monitoring Nekker", "negotiation", 134000,
            "2027-01-15", "Validation protocol from Nathalie"),
        opp("o-dv-es", "ES retainer top-up 2026", "closed_won", 27000, "2026-06-30", "Done"),
    ],
    "activities": [
        act("a-dv-001", "meeting", "2026-03-03T08:00:00Z", M, ["c-dv-goossens", "c-dv-vermeulen"],
            "One year Campus Nekker",
            "One year after commissioning of Campus Nekker: 2,300 sensors live, FixFlow with 120 users. Luc happy "
            "with the stability, An wants more detail for the EBO report.", None),
        act("a-dv-002", "email", "2026-03-30T12:15:00Z", M, ["c-dv-vermeulen"],
            "ES days used up",
            "Marek, our engineering service days for 2026 are already used, mostly for the Nekker fine-tuning. "
            "We need a top-up. Can you send an offer to Sarah? An", "inbound"),
        act("a-dv-003", "email", "2026-04-15T10:00:00Z", M, ["c-dv-lambrecht"],
            "Offer ES top-up",
            "Dear Sarah, our offer for the top-up of the engineering service: 25 ES days for EUR 27,000. Marek", "outbound"),
        act("a-dv-004", "call", "2026-05-21T14:00:00Z", M, ["c-dv-willems"],
            "Legionella monitoring",
            "Nathalie: hot water temperature at taps sometimes below 55 C in Nekker. She wants continuous monitoring "
            "on all 640 tap points instead of the monthly manual round.", None),
        act("a-dv-005", "note", "2026-06-30T09:00:00Z", M, ["c-dv-lambrecht"],
            "PO received ES top-up",
            "PO DV-PO-26-0457 received from Sarah for the ES top-up.", None),
        act("a-dv-006", "meeting", "2026-07-09T10:00:00Z", M, ["c-dv-willems", "c-dv-mertens"],
            "Legionella pilot wing C",
            "Pilot agreed in wing C with 40 tap points, sensors installed by Koen's team. Nathalie wants "
            "the results in the hygiene committee.", None),
        act("a-dv-007", "email", "2026-08-12T06:50:00Z", M, ["c-dv-mertens"],
            "Wrong temperatures wing C - FF-33107",
            "Marek, 6 sensors in wing C show temperatures 8 degrees too high compared to our manual thermometer. "
            "Ticket FF-33107. Nathalie already saw the dashboard. Koen", "inbound"),
        act("a-dv-008", "call", "2026-08-14T07:30:00Z", M, ["c-dv-vermeulen"],
            "Calibration wing C",
            "Called An. Cause: wrong calibration offset loaded on one batch of sensors. Recalibrated all 40 pilot "
            "sensors. An says Nathalie is nervous and will check everything twice now.", None),
        act("a-dv-009", "email", "2026-09-24T15:30:00Z", M, ["c-dv-willems", "c-dv-vermeulen"],
            "Proposal Legionella monitoring",
            "Dear Nathalie, our proposal for continuous water-temperature monitoring on all 640 tap points of "
            "Campus Nekker: EUR 134,000 including validation protocol. Marek", "outbound"),
        act("a-dv-010", "meeting", "2026-10-14T09:00:00Z", M, ["c-dv-jacobs", "c-dv-goossens"],
            "Meeting CFO - renewal",
            "Met Bart Jacobs with Luc about the renewal and adding Hof ter Linden. Bart wants a payback calculation "
            "for the renewal and says new spending 2027 is frozen until the Masterplan 2030 is approved.", None),
        act("a-dv-011", "chat", "2026-11-05T19:05:00Z", M, ["c-dv-vermeulen"],
            "WhatsApp An",
            "An: sale of the Old Lady to the developer is postponed, permit problems. So Sint-Rombout stays with "
            "us at least until end of 2027.", "inbound"),
        act("a-dv-012", "email", "2026-11-24T13:40:00Z", M, ["c-dv-goossens"],
            "Hof ter Linden in renewal",
            "Marek, can you include Hof ter Linden in the renewal? 14,000 m2, older building. I need a price "
            "before Christmas. Luc", "inbound"),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "Luc Goossens, technical director, he proposes and defends it, but the one who decides is Bart Jacobs, the "
        "CFO, and after him the directiecomite, the executive committee. Bart I met properly only once, in October "
        "with Luc. Bart cares about one thing: payback, he wants everything under 4 years payback, and he wants to see "
        "it in a sheet, not a story. Luc cares about his technicians, how much work it takes from them, and about "
        "stability, he had enough drama with the new build. Luc is 61, retires in 2028, and I think he wants to leave "
        "a campus that runs without him. So for Luc: less workload, fewer alarms at night. For Bart: the payback sheet. "
        "Don't send Bart anything directly, it goes via Luc's assistant, that is how they work there."),
    "champion": (
        "An Vermeulen, the energy and sustainability manager, she is our real friend there, I would say relationship "
        "five out of five. She fought for the Nekker project. What we promised her: we present the legionella pilot "
        "results together in the hygiene committee, with Nathalie, and we give her free EBO reporting templates, that "
        "is the Flemish energy policy agreement, the energiebeleidsovereenkomst, she has to report every year and she "
        "has to reach 2.5% improvement per year. She needs that number every year to look good with the directie, "
        "last year she had 3.1% and she got compliments from the CEO. This year it looks more like 2%, so she is worried."),
    "hidden_commitments": (
        "So, things that are not in the contract. One, free recalibration of all the 2,300 sensors of the Spaceship, "
        "that is what they call Campus Nekker because it looks like one, at the two-year anniversary in spring 2027. "
        "Luc asked and I said yes, it is maybe 15 days of work for us. Two, unused ES days can be carried over to next "
        "year, the contract says they expire on 31 December, but I told An it is fine. Ironically this year they ran "
        "out in March. Three, Koen has a consignment stock of 20 spare sensors on site, they only pay when they use "
        "one. Finance does not love it, it is not in the contract."),
    "history_sensitivities": (
        "The first one is the commissioning of the Spaceship in 2025: we were four months late with the BMS "
        "integration, it was the subcontractor for the BMS but for them it was us. Luc covered for us in the "
        "directiecomite, he took the blame, so we owe him. Second, August 2026, the legionella pilot in wing C: a batch "
        "of sensors had the wrong calibration offset, 6 sensors showed 8 degrees too high and Nathalie saw it on the "
        "dashboard before we did. We recalibrated in two days but she lost trust. Sensitive: never call the legionella "
        "readings 'approximate' or 'indicative', for her it is patient safety. And never joke about the new build being late."),
    "pricing_story": (
        "It is structured in three blocks: the Spaceship service around 410k per year, Sint-Rombout, the Old Lady, "
        "around 130k, and the ES retainer 80k. Sint-Rombout has a very low margin because the building is going to be "
        "sold, so we gave a good price with an exit clause: when the site is sold, that part stops without penalty. "
        "The Spaceship was priced as project plus service, the project part was paid in 2025. The ES retainer is too "
        "small for what they use, that is why they needed the top-up of 25 days in spring."),
    "unexpected_use": (
        "The central kitchen uses FixFlow for their HACCP checklists, fridge checks, cleaning rounds, all as work "
        "orders. Nobody sold them that, Koen showed it to the kitchen chef and they just started. And the cleaning "
        "contractor uses our occupancy sensors for cleaning on demand, they only clean the meeting rooms and waiting "
        "areas that were used. It saves the hospital money on the cleaning contract but the contractor is not our "
        "customer, so be careful with giving them access. Also, Koen puts the sensor batteries in FixFlow as assets."),
    "channels_surprises": (
        "An: WhatsApp or Teams, she answers in the evening too. Luc: phone, early, from seven in the morning, after "
        "nine he is in meetings all day. Bart: formal email, via Luc's assistant, never direct. Nathalie: only meetings "
        "in person, she does not do phone calls about important things and she does not read long emails. Must never "
        "be surprised: Nathalie. If any data about water temperatures looks wrong, call An and then go see Nathalie "
        "before it appears on the dashboard. In August she saw it first and that is what hurt."),
    "org_changes": (
        "The Masterplan 2030 is being written, and until it is approved the new spending for 2027 is frozen, Bart said "
        "that in October. Hof ter Linden, the psychiatric centre, joins the hospital after the merger, so Luc wants it in "
        "the renewal. Luc retires in 2028 and his successor is not known, probably external. The sale of Sint-Rombout "
        "is postponed because of permit problems. And there is a new CEO since last year who talks a lot about "
        "sustainability, that helps An."),
    "warning_signs": (
        "The ES days running out in March was a sign: when they use more service than they pay, finance starts to look "
        "at the whole contract, and that happened in 2025 too before the discussion about the Old Lady price. Another "
        "sign: An not joining the monthly call. She skipped twice in September, and that was when the calibration "
        "story was still hot. And when Luc starts writing emails instead of calling, he is unhappy. Watch also Sarah asking for the contract document, that is a sign purchasing is preparing something."),
    "renewal_risk": (
        "The stated reason will be the budget freeze and the Masterplan, 'we cannot commit before the plan is approved'. "
        "The real reason is Nathalie. After the calibration problem, if the legionella project goes wrong she will tell "
        "the hygiene committee that our sensors are not reliable, and then nobody in the directie will sign a renewal "
        "for a system the infection prevention team does not trust. So the legionella validation is the renewal. Get the validation protocol from Nathalie signed before anything else, then the Hof ter Linden price."),
}

QUESTIONS = [
    ans("who controls the purse strings for the Dijlevallei renewal?", ["decision_maker", "c-dv-jacobs"], ["Bart"]),
    ans("what payback does their finance director want to see?", ["decision_maker"], ["4 years"]),
    ans("ticket # for the bad temperature readings in wing C?", ["a-dv-007"], ["FF-33107"]),
    ans("how far off were those wing C sensors?", ["a-dv-007", "history_sensitivities"], ["8 degrees"]),
    ans("are we letting them roll unused engineering days into next year?", ["hidden_commitments"], ["carried over"]),
    ans("PO for the engineering top-up?", ["a-dv-005"], ["DV-PO-26-0457"]),
    ans("who's the infection control lead and how should I get hold of her?",
        ["c-dv-willems", "channels_surprises"], ["Nathalie"]),
    ans("how many taps would the legionella deal cover?", ["a-dv-004", "a-dv-009"], ["640"]),
    ans("what's happening with the sale of the old hospital building?", ["a-dv-011", "org_changes"], ["postponed"]),
    abstain("What did the hygiene committee decide about the legionella pilot?"),
    abstain("How many technicians are in Koen's team?"),
    abstain("What did Bart think of the legionella proposal?"),
]
