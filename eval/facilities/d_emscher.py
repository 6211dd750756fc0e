from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "hs-emscher-lippe.test"

ACCOUNT = {
    "id": "acc-emscher",
    "name": "Hochschule Emscher-Lippe",
    "owner_id": M,
    "arr": 42000,
    "segment": "smb",
    "industry": "Higher education",
    "territory": "DACH",
    "renewal_date": "2027-02-28",
    "contract_notes": "Sensors + FixFlow (25 seats) for Campus Gelsenkirchen and Campus Recklinghausen. "
                      "20% education discount.",
    "contacts": [
        contact("c-el-schmitz", "Andreas Schmitz", "Kanzler",
                f"kanzler@{D}", "+49 209 9596 100", "economic_buyer", "other", 2,
                "Head of administration. Formal letters via Petra."),
        contact("c-el-wagner", "Petra Wagner", "Leiterin Dezernat Gebaeudemanagement",
                f"petra.wagner@{D}", "+49 209 9596 410", "decision_maker", "email", 4,
                "Email and Teams."),
        contact("c-el-koch", "Lukas Koch", "Haustechniker / FixFlow-Administrator",
                f"lukas.koch@{D}", "+49 2361 915 337", "champion", "phone", 5,
                "Administers FixFlow. Temporary contract."),
        contact("c-el-richter", "Monika Richter", "Vergabestelle",
                f"monika.richter@{D}", "+49 209 9596 150", "other", "email", 3,
                "Procurement office."),
    ],
    "opportunities": [
        opp("o-el-renewal", "Renewal 2027", "proposal", 44000, "2027-02-28",
            "Send 3 offers package info to Monika; keep below 50k"),
        opp("o-el-mensa", "Mensa kitchen submetering", "discovery", 26500, "2027-04-30",
            "Petra to check budget after savings report"),
    ],
    "activities": [
        act("a-el-001", "call", "2026-03-20T10:00:00Z", M, ["c-el-wagner"],
            "Renewal intro",
            "Petra: renewal in principle yes, money partly comes from the Klimaschutzfonds NRW, the state programme. "
            "They need a savings report for the fund by the end of the year.", None),
        act("a-el-002", "email", "2026-04-22T08:05:00Z", M, ["c-el-koch"],
            "FixFlow login not working - FF-21877",
            "Hallo Marek, since the update nobody can log in to FixFlow with the university login (Shibboleth SSO). "
            "Technicians are locked out. Ticket FF-21877. Lukas", "inbound"),
        act("a-el-003", "email", "2026-05-05T14:40:00Z", M, ["c-el-koch", "c-el-wagner"],
            "RE: FixFlow login not working - FF-21877",
            "Hi Lukas, the SSO certificate is renewed and login works again. Sorry that it took so long. Marek", "outbound"),
        act("a-el-004", "meeting", "2026-06-16T11:00:00Z", M, ["c-el-wagner", "c-el-koch"],
            "Visit Campus Recklinghausen",
            "Walk through the Mensa kitchen with Petra and Lukas. Electricity in the kitchen is the biggest single "
            "consumer, no submetering. Petra interested.", None),
        act("a-el-005", "email", "2026-07-30T09:30:00Z", M, ["c-el-wagner"],
            "Quote Mensa submetering",
            "Dear Petra, our quote for the Mensa kitchen: 32 submeters incl. installation and dashboard, EUR 26,500. "
            "Marek", "outbound"),
        act("a-el-006", "note", "2026-09-02T15:00:00Z", M, ["c-el-richter"],
            "Procurement rules renewal",
            "Monika: below EUR 50k the renewal can be a Verhandlungsvergabe under the UVgO, but they need 3 offers "
            "for the file. Above 50k a formal tender.", None),
        act("a-el-007", "email", "2026-10-13T12:00:00Z", M, ["c-el-wagner"],
            "Savings report for the fund",
            "Marek, the Kanzler wants the savings report for the Klimaschutzfonds NRW by 1 December. Can you "
            "deliver the numbers for the Hoersaalzentrum? Petra", "inbound"),
        act("a-el-008", "call", "2026-11-09T16:00:00Z", M, ["c-el-koch"],
            "Call Lukas",
            "Lukas: his temporary contract ends 31 March 2027, no decision yet about extension. He is worried.", None),
        act("a-el-009", "email", "2026-11-25T10:20:00Z", M, ["c-el-wagner"],
            "Savings report Hoersaalzentrum",
            "Dear Petra, attached the savings report: electricity in the Hoersaalzentrum (HSZ) is 9.3% lower than "
            "the 2024 baseline, heat 5.1% lower. Marek", "outbound"),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "- Petra Wagner decides. Head of Dezernat building management (Dezernat 4).\n"
        "- Kanzler Schmitz signs formally, but he follows Petra. Never saw him overrule her.\n"
        "- Petra cares: funding from the Land (Klimaschutzfonds NRW), reporting on time, no trouble with procurement.\n"
        "- Schmitz cares: money, and that the university is not embarrassed in front of the state ministry.\n"
        "- Monika only checks the procedure, but she can stop it if the paperwork is not right.\n"
        "- Petra likes short decision papers, one page, with the savings in euro and the funding line."),
    "champion": (
        "- Lukas Koch. Haustechniker, admin of FixFlow. Does everything, also the gateways, also the training of colleagues.\n"
        "- Promised him the FixFlow administrator certificate course at Voltaris Academy, free, spring 2027. Book it early.\n"
        "- He wants a permanent contract. A success story with his name (case study) helps him with Petra.\n"
        "- Call him first for anything technical, he hates when we go to Petra with technical things before him.\n"
        "- He built the HSZ dashboards himself, praise them."),
    "hidden_commitments": (
        "- 2 extra gateways on loan for the Mensa tests, free, until the Mensa decision.\n"
        "- Renewal price stays under the 50k threshold, so they can avoid a formal tender. Told Petra and Monika. "
        "That is why renewal is 44k and not more.\n"
        "- Free certificate course for Lukas.\n"
        "- Savings report numbers delivered by us every year for the fund, no charge. Takes me one day.\n"
        "- Support in German on the phone for Lukas, I said yes, so ask the DACH support team."),
    "history_sensitivities": (
        "- April 2026: Shibboleth SSO broke after our update, 3 weeks nobody could log in. Technicians back on paper. "
        "Petra escalated to the Kanzler. Fixed 5 May, certificate was expired on our side. Our fault, clearly.\n"
        "- 2025: invoice sent to the Kanzler's office instead of Petra's department. Schmitz annoyed, asked who these "
        "people are. Always invoice to Dezernat building management.\n"
        "- Don't say 'small customer' to them. They know they are small, they don't like to hear it.\n"
        "- SSO is still sensitive, announce every update to Lukas."),
    "pricing_story": (
        "- Small account, 42k per year.\n"
        "- 20% education discount, standard for universities.\n"
        "- Kept below the 50k threshold of the UVgO on purpose, so direct negotiation instead of a formal tender. "
        "3 offers needed for the file, Monika collects them.\n"
        "- FixFlow only 25 seats, technicians share logins on the night shift (don't look too close).\n"
        "- Mensa submetering separate, 26.5k, also under threshold, separate procedure.\n"
        "- No ES retainer, they pay ES days when needed, almost never.\n"
        "- Payment terms 30 days, they always pay on time, it is public money."),
    "unexpected_use": (
        "- Lukas put our temperature and humidity sensors in the greenhouse of the bioengineering faculty. Plants, "
        "not buildings. They love the alerts at night, one night it saved a whole experiment when the heating failed.\n"
        "- FixFlow used for booking lecture hall technicians for events, graduation ceremonies etc.\n"
        "- Nothing dangerous. Just know it, if the greenhouse people call, they are real users.\n"
        "- Maybe upsell: more sensors for the greenhouse, they have own money from research projects.\n"
        "- The caretakers also use the leak sensors under the Mensa dishwashers."),
    "channels_surprises": (
        "- Petra: email and Teams. Answers in the evening.\n"
        "- Lukas: phone or Signal, mobile. Not email, he does not read it.\n"
        "- Schmitz: formal letters only, and only through Petra. Never contact him directly.\n"
        "- Monika: email, she wants documents as PDF, signed.\n"
        "- Never surprise: Petra. Anything going to the Kanzler must pass her first.\n"
        "- Lukas must know about every update or maintenance window before, because of the SSO story.\n"
        "- Semester break: people on holiday, plan nothing in August."),
    "org_changes": (
        "- Lukas: temporary contract (befristet) until 31 March 2027. Extension not decided.\n"
        "- New university president from 2027, election was in summer. Petra says energy is on the agenda.\n"
        "- Klimaschutzfonds NRW funding runs until 2027, after that unclear.\n"
        "- Mensa may be taken over by the Studierendenwerk, then the kitchen is not theirs anymore and the "
        "submetering deal goes to another customer.\n"
        "- Campus RE gets a new lab building in 2028, could be an upsell.\n"
        "- Petra herself stays, she is there almost 20 years."),
    "warning_signs": (
        "- Tickets unanswered for a week (SSO in April): Petra escalated to the Kanzler. Before that, only silence.\n"
        "- Summer is always quiet, semester break, not a warning.\n"
        "- If Lukas stops logging in to FixFlow as admin, he is gone or busy, then nobody runs it.\n"
        "- Monika asking for 'market overview' means they prepare 3 offers from different vendors.\n"
        "- Petra answering only by email and not Teams means she is annoyed.\n"
        "- The Kanzler asking Petra for the contract file, like in 2025 after the invoice story, means trouble."),
    "renewal_risk": (
        "- Stated: budget, Land funding uncertain after 2027.\n"
        "- Real: Lukas. If his contract is not extended, nobody administers FixFlow. Then they drop the app and keep "
        "only sensors, maybe 15k less.\n"
        "- Also if the price goes above 50k, formal tender, and then anything can happen.\n"
        "- What helps: the savings report numbers, a case study with Lukas's name, and Petra telling the new president "
        "about the HSZ result. Push the Mensa deal only after the renewal, not together."),
}

QUESTIONS = [
    ans("who really makes the call at Emscher-Lippe?", ["decision_maker", "c-el-wagner"], ["Petra"]),
    ans("number for the guy who looks after the app at the Gelsenkirchen uni?", ["c-el-koch"], ["915 337"]),
    ans("why is the Emscher renewal sitting just under 50k?", ["pricing_story", "hidden_commitments", "a-el-006"], ["tender"]),
    ans("what was the login outage about in spring?", ["a-el-002", "history_sensitivities"], ["Shibboleth"]),
    ans("how much did electricity drop in the lecture hall building?", ["a-el-009"], ["9.3%"]),
    ans("how many submeters for the canteen kitchen?", ["a-el-005"], ["32"]),
    ans("when does Lukas's contract run out?", ["a-el-008", "org_changes"], ["31 March 2027"]),
    ans("anything weird they use our sensors for?", ["unexpected_use"], ["greenhouse"]),
    ans("did we promise the tech guy any perks?", ["champion", "hidden_commitments"], ["certificate"]),
    ans("what would actually kill the Emscher renewal?", ["renewal_risk"], ["Lukas"]),
    abstain("Which other vendors sent offers for the Emscher-Lippe renewal?"),
    abstain("What did the Kanzler say about the savings report?"),
]
