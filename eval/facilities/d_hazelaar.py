from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "hazelaar-vastgoed.test"

ACCOUNT = {
    "id": "acc-hazelaar",
    "name": "Hazelaar Vastgoedbeheer B.V.",
    "owner_id": M,
    "arr": 310000,
    "segment": "mid_market",
    "industry": "Property management",
    "territory": "NL",
    "renewal_date": "2027-06-30",
    "contract_notes": "14 buildings in Rotterdam region, three building tiers. Signed December 2024, 10% discount. "
                      "Uplift capped at CPI+1.",
    "contacts": [
        contact("c-hz-vdberg", "Joost van den Berg", "Directeur Vastgoed",
                f"joost.vandenberg@{D}", "+31 10 744 2190", "economic_buyer", "phone", 3,
                "Signs the contract. Mornings only."),
        contact("c-hz-hendriks", "Anouk Hendriks", "Technisch Asset Manager",
                f"anouk.hendriks@{D}", "+31 6 1877 3402", "champion", "chat", 4,
                "Day-to-day owner of the Voltaris platform."),
        contact("c-hz-brouwer", "Ruud Brouwer", "Controller",
                f"ruud.brouwer@{D}", "+31 10 744 2155", "blocker", "email", 2,
                "Checks every invoice line."),
        contact("c-hz-mulder", "Bas Mulder", "Property Manager De Kolos",
                f"bas.mulder@{D}", "+31 6 3019 8846", "user", "phone", 3,
                "Runs the Weena tower."),
        contact("c-hz-dejong", "Eva de Jong", "ESG Officer",
                f"eva.dejong@{D}", "+31 6 4420 1175", "influencer", "email", 2,
                "Responsible for GRESB and sustainability reporting."),
    ],
    "opportunities": [
        opp("o-hz-renewal", "Renewal 2027 (14 + 3 buildings)", "proposal", 325000, "2027-06-30",
            "Agree uplift % with Ruud before February"),
        opp("o-hz-glassbox", "Glass Box EED audit + metering", "negotiation", 48600, "2026-12-20",
            "Wait for PO from Ruud after board meeting 3 December"),
    ],
    "activities": [
        act("a-hz-001", "meeting", "2026-03-12T10:00:00Z", M, ["c-hz-vdberg", "c-hz-hendriks"],
            "Annual review 2026",
            "Annual review with Joost and Anouk. Portfolio grows: three buildings from the Kralingen acquisition come "
            "in after summer. Joost wants one dashboard for all 17. Anouk asks spare gateways until amendment is signed.", None),
        act("a-hz-002", "email", "2026-04-08T08:31:00Z", M, ["c-hz-mulder"],
            "Sensors stolen lift lobby De Kolos - FF-20931",
            "Marek, 4 occupancy sensors are stolen from the lift lobby on the ground floor of De Kolos this weekend. "
            "I made ticket FF-20931 in FixFlow. Who pays the replacement? Bas", "inbound"),
        act("a-hz-003", "email", "2026-04-10T12:02:00Z", M, ["c-hz-mulder"],
            "RE: Sensors stolen lift lobby De Kolos - FF-20931",
            "Hi Bas, we replace the 4 sensors free of charge this once, technician comes Tuesday. Please ask security "
            "to check the camera. Marek", "outbound"),
        act("a-hz-004", "call", "2026-05-22T14:15:00Z", M, ["c-hz-hendriks"],
            "EED audit Glass Box",
            "Anouk: the Glass Box (Maasboulevard 12) falls under the EED audit obligation, deadline December 2026. "
            "She wants us to do the audit and add metering on the tenant floors.", None),
        act("a-hz-005", "email", "2026-06-18T09:45:00Z", M, ["c-hz-brouwer", "c-hz-hendriks"],
            "Quote Glass Box EED audit + metering",
            "Dear Ruud, attached the quote for the Glass Box: EED audit plus metering of the tenant floors, "
            "EUR 48,600 including 9 ES days. Valid until 30 September. Marek", "outbound"),
        act("a-hz-006", "email", "2026-07-02T16:20:00Z", M, ["c-hz-brouwer"],
            "Question ES day rate",
            "Marek, why is the ES day rate in the quote EUR 1,140 when we paid EUR 1,080 last year? Ruud", "inbound"),
        act("a-hz-007", "email", "2026-07-03T08:10:00Z", M, ["c-hz-brouwer"],
            "RE: Question ES day rate",
            "Hi Ruud, the rate follows the yearly indexation of our engineers' collective labour agreement, 5.5% "
            "this year. I can explain by phone if you like. Marek", "outbound"),
        act("a-hz-008", "note", "2026-08-26T11:00:00Z", M, ["c-hz-dejong"],
            "GRESB export request",
            "Eva de Jong wants a GRESB data export directly from FixFlow. We don't have it. Told her it is on the "
            "Q1 2027 roadmap (product says 'maybe'). Sent CSV workaround.", None),
        act("a-hz-009", "meeting", "2026-09-30T13:30:00Z", M, ["c-hz-hendriks", "c-hz-dejong"],
            "GRESB submission debrief",
            "GRESB submission was done manually with our CSV export. Eva is satisfied for this year but says next "
            "year it must be automatic. Anouk presented 7.8% portfolio energy reduction.", None),
        act("a-hz-010", "chat", "2026-10-21T07:52:00Z", M, ["c-hz-hendriks"],
            "WhatsApp Anouk",
            "Anouk: FYI Joost goes to 4 days a week from January, no Fridays. I get the technical budget from then. "
            "Marek: congrats! Let's meet in November.", "inbound"),
        act("a-hz-011", "email", "2026-11-12T10:05:00Z", M, ["c-hz-brouwer"],
            "Glass Box PO",
            "Marek, the PO for the Glass Box comes after our board meeting on 3 December. No PO number before that. "
            "Regards, Ruud", "inbound"),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "- Joost van den Berg signs. Director Vastgoed.\n"
        "- BUT Ruud Brouwer (controller) has a veto on everything above 50k. Renewal is above, so Ruud decides as much as Joost.\n"
        "- Joost cares: no tenant complaints, no noise. Hates surprise invoices more than anything.\n"
        "- Ruud cares: every line explained, indexation justified, payment terms 60 days.\n"
        "- Anouk prepares, she is not signing.\n"
        "- Tip: bring Joost a one-page with the portfolio kWh and the tenant comfort scores, he forwards it to the owners (pension fund)."),
    "champion": (
        "- Anouk Hendriks, technical asset manager. Real champion, she picked us in 2024.\n"
        "- Promised her: GRESB export in FixFlow by Q1 2027. This is from roadmap and product only said 'maybe'. Risky.\n"
        "- She wants to be the person who brought portfolio energy down 10%. Now we are at 7.8%.\n"
        "- From January she gets the technical budget (Joost to 4 days), so she becomes more powerful.\n"
        "- Give her credit in front of Joost, always. She likes to present the numbers herself, don't steal it."),
    "hidden_commitments": (
        "- ES day rate stays EUR 1,140 through all of 2027. I told Ruud on the phone in July, after his email. Not written.\n"
        "- Lend 2 spare gateways for the Kralingen blocks until the contract amendment is signed. No charge.\n"
        "- Sensor theft in De Kolos: we replaced free 'this once'. But Bas now thinks it is always free. It is not, clear it up.\n"
        "- Promised Eva a GRESB CSV every quarter by hand until the export exists. Takes half a day each time."),
    "history_sensitivities": (
        "- 2025: we invoiced 14 buildings when only 12 were live. Credit note, Ruud still mentions it.\n"
        "- The Kralingen leak, 2025: water leak sensor in basement block B had a dead battery, missed a leak, about 23k damage. "
        "We paid 9k goodwill. Don't joke about water, ever, with Joost or Anouk.\n"
        "- April 2026 sensor theft De Kolos, small, solved.\n"
        "- Sensitive now: battery monitoring. They will ask if we check battery levels. Answer: yes, since the leak, weekly report."),
    "pricing_story": (
        "- 14 buildings, 3 tiers by size. De Kolos and the Glass Box are tier A, the big ones.\n"
        "- 10% discount because they signed in December 2024, in our year-end, I needed the deal for the quarter.\n"
        "- Uplift capped at CPI+1.\n"
        "- The 3 Kralingen buildings are not yet in the price, come in with the amendment, tier C.\n"
        "- ES is billed per day, not retainer. Glass Box audit separate project.\n- Kralingen gateways on loan are not in the price either, see commitments.\n- If Ruud asks why tier A is so expensive: the tower has 31 floors and two plant rooms, more sensors per m2."),
    "unexpected_use": (
        "- Bas uses the CO2 and occupancy sensors in De Kolos to show tenants their meeting rooms are empty most of the week. "
        "He uses it to renegotiate leases, give back floors, bring in new tenants. Smart but tenants don't love it.\n"
        "- FixFlow used for tenant move-in checklists, keys, access badges. Not really maintenance.\n"
        "- Anouk uses the dashboard screenshots in owner reporting for the pension fund.\n- The Glass Box tenants asked for their own energy view. We gave read-only FixFlow logins, 6 of them, no charge so far. Keep an eye on it."),
    "channels_surprises": (
        "- Anouk: WhatsApp, fast.\n"
        "- Joost: phone, mornings only. From January no Fridays.\n"
        "- Ruud: email, always with PDF attached, he prints it. Never surprise Ruud with an invoice, announce it a week before.\n"
        "- Bas: call him, he is always in the building.\n"
        "- Eva: email, formal, she likes data files.\n"
        "- Joost must also never hear something bad from a tenant before from us.\n- Owners (the pension fund) never directly, only through Joost.\n- Anouk does not like calls during the weekly planning, Tuesday 9 to 11."),
    "org_changes": (
        "- Kralingen acquisition: +3 buildings from autumn 2026.\n"
        "- Joost to 4 days a week from January 2027. Anouk gets the technical budget.\n"
        "- Rumour (from Bas): De Kolos could be sold in 2027 by the owner. Biggest building, tier A. Would hurt.\n"
        "- ESG becomes more important, Eva reports directly to the board since this year.\n- New facility services contractor from April 2026 (cleaning + small repairs), they also create tickets in FixFlow, more seats asked.\n- Ruud's team moves to a new ERP in 2027, invoices must then have their new cost codes."),
    "warning_signs": (
        "- Ruud questioning rates (like July 2026 day rate email). Last time he did that, in 2025, they paid 90 days late.\n"
        "- Tickets open in FixFlow without answer for more than 2 weeks means the technical team is overloaded, "
        "then they blame the tool.\n"
        "- Eva asking for features that only a competitor has. That is her testing the market.\n- Joost not coming to the annual review himself, sending Anouk alone. Happened once in 2024, then he asked for the discount.\n- Bas calling about theft or small things every week = frustration building up."),
    "renewal_risk": (
        "- Stated reason: budget, indexation too high, Ruud's story.\n"
        "- Real reason: GRESB. If the export is not in FixFlow by the time of the renewal, Eva pushes for Spectral, "
        "they have GRESB built in. And she has the ear of the board now.\n"
        "- Second real risk: De Kolos sold, then the volume drops and Joost wants to renegotiate everything.\n"
        "- Keep Anouk close, she decides the technical budget from January.\n- Do not wait for product: show Eva the roadmap slide for GRESB in January, with a date, and keep the quarterly CSV going."),
}

QUESTIONS = [
    ans("Who can block spending at Hazelaar?", ["decision_maker"], ["Ruud"]),
    ans("what did we tell their finance guy about the engineer day rate for next year?",
        ["hidden_commitments"], ["1,140"]),
    ans("ticket no. for the stolen sensors in the Weena tower?", ["a-hz-002"], ["FF-20931"]),
    ans("Did we charge Hazelaar for replacing the nicked sensors?", ["a-hz-003", "hidden_commitments"], ["free"]),
    ans("what's the flooding story people keep warning me about at Hazelaar?",
        ["history_sensitivities"], ["9k"]),
    ans("How big is the Glass Box audit deal?", ["o-hz-glassbox", "a-hz-005"], ["48"]),
    ans("what does the sustainability lady want from the app?", ["a-hz-008", "champion", "renewal_risk"], ["GRESB"]),
    ans("is the property director going part-time?", ["a-hz-010", "org_changes", "channels_surprises"], ["4 days"]),
    ans("how are they using the air-quality sensors against their tenants?", ["unexpected_use"], ["lease"]),
    ans("which competitor could steal Hazelaar from us?", ["renewal_risk"], ["Spectral"]),
    abstain("What's the PO number for the Glass Box audit?"),
    abstain("What does Eva think about the 2027 uplift?"),
]
