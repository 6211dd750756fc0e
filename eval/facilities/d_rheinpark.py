from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "rheinpark-im.test"

ACCOUNT = {
    "id": "acc-rheinpark",
    "name": "Rheinpark Immobilien Management GmbH",
    "owner_id": M,
    "arr": 210000,
    "segment": "mid_market",
    "industry": "Property management",
    "territory": "DACH",
    "renewal_date": "2027-01-31",
    "contract_notes": "3-year term from February 2024, 12% discount for the commitment. Residential priced per unit, "
                      "commercial per m2. Works council agreement required for FixFlow (no location tracking).",
    "contacts": [
        contact("c-rp-hoffmann", "Dr. Katrin Hoffmann", "Geschaeftsfuehrerin",
                f"k.hoffmann@{D}", "+49 211 9876 100", "economic_buyer", "email", 2,
                "Managing director. Short emails, formal things in German."),
        contact("c-rp-schulte", "Markus Schulte", "Leiter Technisches Gebaeudemanagement",
                f"m.schulte@{D}", "+49 211 9876 240", "champion", "phone", 4,
                "Prepares all decisions for Katrin. Dislikes WhatsApp."),
        contact("c-rp-krause", "Stefan Krause", "Einkauf",
                f"s.krause@{D}", "+49 211 9876 310", "influencer", "email", 2,
                "Processes orders and contracts."),
        contact("c-rp-becker", "Jana Becker", "Objektleiterin Koeln-Deutz",
                f"j.becker@{D}", "+49 221 4471 0920", "user", "phone", 3,
                "Site manager of the Deutz logistics park, moves to Gerresheim in 2027."),
        contact("c-rp-neumann", "Thomas Neumann", "Vorsitzender Betriebsrat",
                f"betriebsrat@{D}", "+49 211 9876 500", "blocker", "other", 2,
                "Works council chair. Prefers letters and in-person meetings."),
    ],
    "opportunities": [
        opp("o-rp-renewal", "Verlaengerung 2027", "negotiation", 224000, "2027-01-31",
            "Betriebsvereinbarung draft to Neumann; answer Katrin on 3-year option"),
        opp("o-rp-deutz", "Deutz sheds LoRa metering", "closed_won", 38500, "2026-07-15",
            "Installed August 2026"),
    ],
    "activities": [
        act("a-rp-001", "meeting", "2026-03-17T10:00:00Z", M, ["c-rp-hoffmann", "c-rp-schulte"],
            "Jahresgespraech 2026",
            "Annual meeting in Duesseldorf. Katrin: under the Heizkostenverordnung all heat cost meters in the "
            "residential buildings must be remotely readable by 31 December 2026. She wants a plan for Gerresheim. "
            "Markus presented 6.2% lower service charges in the Haus am Hafen.", None),
        act("a-rp-002", "email", "2026-04-14T09:20:00Z", M, ["c-rp-neumann"],
            "Betriebsrat: GPS-Ortung in FixFlow",
            "Dear Mr Zielinski, the works council has learned that the FixFlow app records the GPS location of our "
            "technicians. This was never agreed with the works council. We demand the immediate deactivation and a "
            "Betriebsvereinbarung before further use. Thomas Neumann, Vorsitzender Betriebsrat", "inbound"),
        act("a-rp-003", "meeting", "2026-04-29T13:00:00Z", M, ["c-rp-neumann", "c-rp-schulte"],
            "Meeting works council",
            "Meeting with Thomas Neumann and Markus. GPS location is switched off for all Rheinpark users since "
            "16 April. Agreed: only ticket timestamps are stored. A Betriebsvereinbarung will be drafted together.", None),
        act("a-rp-004", "email", "2026-05-27T15:45:00Z", M, ["c-rp-krause"],
            "Angebot Deutz LoRa metering",
            "Dear Mr Krause, attached our offer for the LoRa metering of the Deutz sheds: 160 LoRa nodes, 3 gateways, "
            "installation, EUR 38,500. Best regards, Marek", "outbound"),
        act("a-rp-005", "email", "2026-07-15T08:30:00Z", M, ["c-rp-krause"],
            "Bestellung Deutz",
            "Dear Mr Zielinski, please find our order for the Deutz metering, Bestellnummer 4500-118734. "
            "Invoice must show this number. Stefan Krause", "inbound"),
        act("a-rp-006", "call", "2026-08-19T11:00:00Z", M, ["c-rp-becker"],
            "Deutz installation",
            "Jana: installation done except sheds 7 and 8, no LoRa coverage because of the steel racks. We add a "
            "repeater next week.", None),
        act("a-rp-007", "note", "2026-09-08T17:00:00Z", M, ["c-rp-schulte"],
            "Techem",
            "Markus mentioned that Katrin had a meeting with Techem about remote-readable heat cost meters for "
            "Gerresheim, bundled with their billing service.", None),
        act("a-rp-008", "email", "2026-10-05T10:15:00Z", M, ["c-rp-schulte", "c-rp-hoffmann"],
            "Renewal offer 2027",
            "Dear Markus, dear Dr. Hoffmann, our renewal offer: EUR 224,000 per year, 2-year term, 4% uplift on "
            "the current fee. Includes the no-GPS configuration. Marek", "outbound"),
        act("a-rp-009", "email", "2026-10-27T18:02:00Z", M, ["c-rp-hoffmann"],
            "RE: Renewal offer 2027",
            "Herr Zielinski, please also send a 3-year option and a reference customer in German residential "
            "property. K. Hoffmann", "inbound"),
        act("a-rp-010", "call", "2026-11-18T09:30:00Z", M, ["c-rp-schulte"],
            "Betriebsvereinbarung draft",
            "Markus: the works council wants all ticket data linked to a person deleted after 90 days in the "
            "Betriebsvereinbarung. Draft goes to Thomas Neumann in December.", None),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "1) Katrin Hoffmann, the Geschaeftsfuehrerin, signs everything above 100k, so also the renewal. "
        "2) Markus Schulte prepares the decision, she follows his recommendation in most cases, but not always. "
        "3) Stefan Krause in Einkauf only processes, he has no power, don't waste energy there. "
        "What Katrin cares about: first the Heizkostenverordnung deadline, remote-readable meters by end 2026, she is "
        "personally liable in her view. Second, she does not want to be in the newspaper, so anything with tenants "
        "or workers' rights is a big topic for her. She is a lawyer by background, reads contracts herself."),
    "champion": (
        "Markus Schulte, head of technical building management. He brought us in 2024. What we promised him: a "
        "FixFlow configuration that is fully compliant with the Betriebsvereinbarung, so no GPS, and automatic deletion "
        "of personal ticket data after 90 days, before the renewal. It is engineering ticket PRD-2291, status 'planned "
        "Q1', so push product. What he needs to look good: lower Nebenkosten, the service charges for tenants, he "
        "showed 6.2% lower in the Haus am Hafen (we say HaH) and Katrin liked it. Give him more numbers like that."),
    "hidden_commitments": (
        "1) The repeater for Deutz sheds 7 and 8 was free, value about EUR 1,900, not on the order. "
        "2) In the works council meeting I promised Thomas Neumann, in front of Markus, that our system will never "
        "generate individual performance reports on technicians. Only verbal. If product ever builds such a report, "
        "it must be switched off for Rheinpark. "
        "3) I promised Katrin a reference visit at a Dutch property manager customer in spring 2027, with Markus. "
        "4) Price for extra LoRa nodes stays at the Deutz price, EUR 140 per node, for the whole of 2027."),
    "history_sensitivities": (
        "1) The GPS story, April 2026. FixFlow had location tracking on by default and nobody told them. The works "
        "council found out from a technician and wrote a very formal letter. Katrin was furious with us and with "
        "Markus. We switched it off on 16 April, sent an apology letter, and now we draft a Betriebsvereinbarung. "
        "Sensitive word: 'Ueberwachung', surveillance. Never say tracking, never joke about it. "
        "2) In 2025 we delivered the sensors 10 weeks late because of the chip shortage, the HaH go-live moved. "
        "Markus took the heat for that internally."),
    "pricing_story": (
        "1) Residential per unit: EUR 4.80 per Wohneinheit per month. Commercial per m2. "
        "2) 12% discount for the 3-year commitment in 2024. "
        "3) Honestly, Rheinpark was our first German customer, so it was a beachhead price, we wanted a German "
        "reference at any cost. The price is low compared to what we ask now in Germany. "
        "4) Deutz was priced separately as a project with a node price. "
        "5) The renewal offer has 4% uplift, which is still below our German list price, don't let them say it is expensive."),
    "unexpected_use": (
        "Jana, and the team in Gerresheim, use our humidity sensors in the flats to show that mould is coming from "
        "the tenant's ventilation behaviour and not from the building. They use the data in disputes with tenants, "
        "when tenants make complaints or reduce the rent. That is legally sensitive, we never designed the sensors "
        "as evidence, and with the GPS history it is a bit ironic. Also the Haus am Hafen uses FixFlow to book the "
        "meeting rooms for contractors."),
    "channels_surprises": (
        "Katrin: email, short, formal things better in German, I used DeepL and she was fine with it. "
        "Markus: phone, he hates WhatsApp, don't send him WhatsApp ever. "
        "Stefan: email, with order numbers. "
        "Jana: phone, she is always on site. "
        "Thomas Neumann: letters or in person, he does not like phone. Never surprise the works council: any new "
        "feature in FixFlow that touches the technicians must go first to Markus and then to Thomas, before release. "
        "Katrin also must never be surprised by something from the works council."),
    "org_changes": (
        "Big one: Rheinpark is being bought by Nordvik Real Estate, a Swedish fund, signing was in October, closing "
        "expected in 2027. New owner may centralise facility management in Stockholm or with their own vendor. Katrin "
        "might leave after the closing, that is what Markus thinks. Jana moves from Deutz to Gerresheim as site manager "
        "in 2027. And the Heizkostenverordnung deadline puts budget in meters, not in software. Markus himself is fine, he has a permanent position and the new owner will need somebody who knows the buildings."),
    "warning_signs": (
        "Katrin asking for a reference customer and another term option in October 2026. Before the 2024 renewal she "
        "did exactly the same and in the end she made a small tender with three suppliers. Also the Techem meeting: "
        "she talks to others when she wants a price argument. And Markus going quiet, normally he calls me every two "
        "weeks, in September it was a month. Also Stefan Krause asking for the contract end date by email, that is the procurement calendar starting."),
    "renewal_risk": (
        "Stated reason: Techem offers remote-readable meters bundled with their heat cost billing, cheaper, and "
        "'we need to look at the market because of the Heizkostenverordnung'. Real reason: the Nordvik acquisition, "
        "nobody wants to sign a long contract before the new owner says what they want. And the works council, if "
        "the Betriebsvereinbarung is not signed, Thomas can block FixFlow completely. My advice: get the Betriebsvereinbarung signed first, then the renewal, and offer the 3-year option with the same 4% so Katrin has a choice to show Nordvik."),
}

QUESTIONS = [
    ans("PO number on the Deutz order?", ["a-rp-005"], ["4500-118734"]),
    ans("what's the works council's problem with the app?", ["a-rp-002", "a-rp-003", "history_sensitivities"], ["GPS"]),
    ans("What did we promise the union rep verbally?", ["hidden_commitments"], ["performance"]),
    ans("by when does Rheinpark legally need remote-read heat meters?", ["a-rp-001", "decision_maker"], ["31 December"]),
    ans("what did we offer them for the renewal and what's the increase?", ["a-rp-008", "o-rp-renewal", "pricing_story"], ["4%"]),
    ans("who at Rheinpark is talking to Techem?", ["a-rp-007", "warning_signs"], ["Katrin"]),
    ans("what are they doing with the damp sensors in the apartments?", ["unexpected_use"], ["mould"]),
    ans("who's buying Rheinpark?", ["org_changes"], ["Nordvik"]),
    ans("why is the Düsseldorf account so cheap compared to other German deals?", ["pricing_story"], ["beachhead"]),
    ans("dev ticket for the works-council-friendly setup?", ["champion"], ["PRD-2291"]),
    abstain("How many mould complaints from tenants were there in Gerresheim?"),
    abstain("What does Stefan think of the 3-year option?"),
]
