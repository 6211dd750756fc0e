from common import contact, opp, act, ans, abstain

M = "u-marek"
D = "uscheldeland.test"

ACCOUNT = {
    "id": "acc-scheldt",
    "name": "Universiteit Scheldeland",
    "owner_id": M,
    "arr": 540000,
    "segment": "enterprise",
    "industry": "Higher education",
    "territory": "BE",
    "renewal_date": "2027-09-30",
    "contract_notes": "Awarded 2023 via negotiated procedure, 3+1 years, price indexed on the Agoria index. "
                      "Campus Zuid (Gent) and Campus Kortrijk. Renewal must go to open public tender.",
    "contacts": [
        contact("c-sc-peeters", "Prof. Dirk Peeters", "Vicerector Infrastructuur",
                f"dirk.peeters@{D}", "+32 9 264 3001", "decision_maker", "email", 2,
                "Chairs the infrastructure committee. Always go through Griet."),
        contact("c-sc-wouters", "Griet Wouters", "Diensthoofd Gebouwen & Technieken",
                f"griet.wouters@{D}", "+32 9 264 3310", "economic_buyer", "phone", 4,
                "Writes the technical specifications for the tender."),
        contact("c-sc-maes", "Tom Maes", "Energiecoordinator",
                f"tom.maes@{D}", "+32 478 21 66 90", "champion", "chat", 5,
                "Teams chat. Pushes energy projects internally."),
        contact("c-sc-claes", "Sofie Claes", "Aankoopdienst - overheidsopdrachten",
                f"sofie.claes@{D}", "+32 9 264 3520", "blocker", "email", 2,
                "Public procurement officer. Formal email only."),
        contact("c-sc-vandamme", "Jef Van Damme", "Teamleader Onderhoud Campus Kortrijk",
                f"jef.vandamme@{D}", "+32 56 24 19 70", "user", "phone", 3,
                "Runs maintenance in Kortrijk, big FixFlow user."),
        contact("c-sc-desmet", "Lieve De Smet", "Manager Studentenhuisvesting",
                f"lieve.desmet@{D}", "+32 9 264 7722", "user", "email", 1,
                "Student housing. Relationship cool since Home Vermeylen."),
    ],
    "opportunities": [
        opp("o-sc-renewal", "Renewal 2027 (public tender - open procedure)", "qualification", 560000,
            "2027-09-30", "Get tender publication date from Sofie"),
        opp("o-sc-fumehoods", "Blok F fume hood airflow monitoring", "proposal", 86000, "2027-02-28",
            "Pilot on 20 hoods, wait for Tom's budget round"),
        opp("o-sc-housing", "Home Vermeylen water metering", "closed_lost", 31000, "2026-06-30",
            "Lost on price to Elektro Verhaeghe"),
    ],
    "activities": [
        act("a-sc-001", "meeting", "2026-03-04T09:00:00Z", M, ["c-sc-wouters", "c-sc-maes"],
            "Energy plan Klimaatneutraal 2035",
            "Griet and Tom presented the plan Scheldeland Klimaatneutraal 2035. Metering of all buildings by 2028 is "
            "in it. Budget line for monitoring exists but is shared with the solar panels programme.", None),
        act("a-sc-002", "email", "2026-03-26T10:40:00Z", M, ["c-sc-desmet"],
            "Request quote water meters Home Vermeylen",
            "Dear Marek, we would like a quote for water metering with leak detection in Home Vermeylen, 410 rooms. "
            "Please via Sofie for the procedure. Lieve De Smet", "inbound"),
        act("a-sc-003", "email", "2026-05-06T15:00:00Z", M, ["c-sc-claes", "c-sc-desmet"],
            "Award decision Home Vermeylen",
            "Dear Sir, we inform you that the contract for water metering Home Vermeylen is awarded to Elektro "
            "Verhaeghe, the economically most advantageous offer. Your offer scored lower on price. "
            "Sofie Claes, Aankoopdienst", "inbound"),
        act("a-sc-004", "call", "2026-05-19T13:00:00Z", M, ["c-sc-maes"],
            "Fume hood idea",
            "Tom wants airflow monitoring on the fume hoods (zuurkasten) in Blok F, the chemistry labs. There are "
            "212 fume hoods. Today they are checked once a year by hand.", None),
        act("a-sc-005", "meeting", "2026-06-09T10:30:00Z", M, ["c-sc-vandamme"],
            "Visit Campus Kortrijk",
            "Visit with Jef in Kortrijk. They put QR codes on 1,400 assets for FixFlow. Jef complains the app is very "
            "slow on their Android phones, technicians go back to paper.", None),
        act("a-sc-006", "email", "2026-07-15T11:20:00Z", M, ["c-sc-maes"],
            "Proposal fume hood monitoring Blok F",
            "Hi Tom, as discussed our proposal for airflow monitoring of the 212 fume hoods in Blok F: EUR 86,000 "
            "for all hoods, or start with a pilot of 20 hoods. Marek", "outbound"),
        act("a-sc-007", "note", "2026-08-20T09:00:00Z", M, ["c-sc-claes"],
            "Renewal needs open tender",
            "Sofie confirms: value above the EU threshold, so the renewal must go to an open procedure. Publication "
            "planned for 2027. From publication no contact with anybody except via the tender platform.", None),
        act("a-sc-008", "email", "2026-09-10T07:55:00Z", M, ["c-sc-vandamme"],
            "Android fix",
            "Marek, the new FixFlow version 5.8 fixed the slowness on Android. Technicians use it again. Thanks to "
            "your tester who came on site. Jef", "inbound"),
        act("a-sc-009", "meeting", "2026-10-01T14:00:00Z", M, ["c-sc-peeters", "c-sc-wouters"],
            "Intro Vicerector Peeters",
            "First meeting with Prof. Peeters, Griet present. He asked mainly about faculty chargeback: every "
            "faculty must pay its own energy from 2028. He wants energy and CO2 per faculty, monthly.", None),
        act("a-sc-010", "chat", "2026-10-23T12:10:00Z", M, ["c-sc-maes"],
            "Teams Tom",
            "Tom: the preventieadviseur (safety advisor) saw the fume hood proposal and wants the data too, "
            "for the yearly inspection. Good for the budget round!", "inbound"),
        act("a-sc-011", "email", "2026-11-16T16:30:00Z", M, ["c-sc-wouters"],
            "Tender preparation",
            "Dear Griet, thanks for the call. Noted that the market consultation meeting for the renewal tender is "
            "on 14 January 2027 in the Rectorate. We will be there. Marek", "outbound"),
    ],
}

INTERVIEW = {
    "decision_maker": (
        "Formally, it is a public tender, so a jury decides on points, and the university board approves. But you "
        "know how it works in Belgium, the one who writes the bestek, the technical specifications, decides the "
        "outcome, and that is Griet Wouters. If the specs ask for things only we do well, we win. Above her is "
        "Prof. Dirk Peeters, vicerector infrastructure, he chairs the committee and signs off the specs. Dirk is "
        "obsessed with faculty chargeback, every faculty paying their own energy, he told me so in October, this is "
        "his project for his term (he wants to be rector one day, I think, but that is my guess). Griet cares about "
        "something simpler: she does not want to retrain 40 technicians on another system. Her nightmare is a "
        "change of vendor in the middle of the academic year, so migration risk is our strongest argument with her."),
    "champion": (
        "Tom Maes, energy coordinator, we call him Tommy, he likes it. He is the one pushing every project, the fume "
        "hoods idea is his. What we promised him: a speaking slot at Voltaris Live, our user day in Utrecht in March "
        "2027, about the Kortrijk results, and beta access to the new fume hood analytics when it exists. What he needs: "
        "he is coordinator now, level B, and wants the energy manager grade. A visible project with his name on it, "
        "like the fume hoods with the safety angle, would help him a lot. Also he likes to be quoted in our newsletter, "
        "that sounds stupid but it matters for him internally, his boss reads it."),
    "hidden_commitments": (
        "A few, and one is delicate. One: we keep Campus Kortrijk on the old price of EUR 2.10 per m2 until the tender, "
        "even though the Agoria indexation should have moved it, I did not apply it, finance knows but it is not in the "
        "contract. Two: Jef got a dedicated Android tester, a person from our QA who came on site twice, and I said he "
        "can call him directly until the tender. Three, the delicate one: I told Tom that we would give 'input' for the "
        "technical part of the bestek. In public procurement that is dangerous, if it looks like we wrote the specs we "
        "can be excluded. So, carefully, only general market information, nothing written with our logo, and never after "
        "publication. Four: the fume hood pilot on 20 hoods at cost price, no margin."),
    "history_sensitivities": (
        "The migration in 2024, from their old BMS data logger to our platform: we lost 6 weeks of meter data for Campus "
        "Zuid, the backfill script failed and nobody checked. Griet had to explain to the Rector why the yearly energy "
        "report had a hole in it. We fixed it with estimated values and a free extra year of data storage, but she "
        "remembers. Then this year, the Home Vermeylen water metering, we lost it to Elektro Verhaeghe, a local installer, "
        "purely on price. Lieve felt that we were arrogant with our pricing, we did not come down at all. So: don't mention "
        "Verhaeghe to Lieve, and don't talk about data migration as 'easy' in front of Griet."),
    "pricing_story": (
        "The 2023 contract came from a negotiated procedure with a price weighting of 40%, so we went in low to win, "
        "it was our first university in Flanders. Price is per m2, indexed yearly on the Agoria index, Belgian standard. "
        "Campus Zuid pays more per m2 than Kortrijk because of the labs and the more complex installations. Contract is "
        "3+1 years, they used the +1, so now the renewal cannot be extended anymore and must be a new tender. In the new "
        "tender expect price weighting maybe 30% or 35%, Sofie hinted that quality gets more weight this time."),
    "unexpected_use": (
        "The timetabling department, they call it roostering, uses our occupancy sensors in the lecture halls to see "
        "which rooms are empty and re-assign them. They even moved whole courses based on our data. Nobody told us, "
        "I found out because they asked for API access. And student housing used FixFlow for the room inspections when "
        "students move out, with photos, for the deposit. Before Home Vermeylen went bad that was a good relationship. Also Tom uses the CO2 sensors in the library tower, they call it the Toren, to decide when to open extra study places during exams. That one we even wrote a small blog about, with his permission."),
    "channels_surprises": (
        "Tom: Teams chat, all day. Griet: phone, and she wants a short email summary after every call, always, or it "
        "did not happen. Sofie: only formal email, and important, once the tender is published nobody may call her or "
        "anybody about the tender, only questions through the tender platform, it is the law. Even before, just email "
        "her. Dirk Peeters: never direct. Everything via Griet. He must never be surprised, and Griet also must never "
        "find out that we talked to Dirk without her. Jef: phone, he does not read mail."),
    "org_changes": (
        "There is a new rector since October 2026, she is from the engineering faculty, that could be positive for "
        "energy topics. The Flemish government cut the university budget by 3%, so every line is questioned. Campus "
        "Kortrijk might merge with a hogeschool in the region, talks are going, then the Kortrijk buildings could "
        "move to another owner. And Tom hopes for his promotion, if he becomes energy manager he gets his own budget. Also the aankoopdienst got two new people this year, so procurement is more professional and more strict than in 2023."),
    "warning_signs": (
        "When Griet starts to put Sofie in CC on technical emails, it means procurement is being prepared, that happened "
        "exactly before the Home Vermeylen procedure which we lost. Also FixFlow ticket volume dropping in Kortrijk: in "
        "spring it dropped 40% and that was the sign technicians went back to paper, before Jef complained. And when Tom "
        "stops answering on Teams, he is usually in budget fights, not a bad sign for us directly. Last one: Lieve stopped inviting us to the housing meetings in April, two weeks before the award letter came."),
    "renewal_risk": (
        "Stated reason if it slips or we lose: public procurement rules, open procedure, price weighting, 'we had no "
        "choice'. Real reason: Dirk's faculty chargeback. Our platform can do cost per building but per faculty is only "
        "partly, because faculties share buildings. A competitor called Ecopulse showed him a nice demo of exactly that "
        "at a conference. If the bestek has chargeback per faculty as a must-have, we have a problem. So work with Griet now, before publication, on how shared buildings can be split, and show Dirk a first version."),
}

QUESTIONS = [
    ans("who really pulls the strings in the Scheldeland tender?", ["decision_maker", "c-sc-wouters"], ["Griet"]),
    ans("What did we promise the energy coordinator to keep him on side?", ["champion"], ["Voltaris Live"]),
    ans("how many fume cupboards in Block F?", ["a-sc-004", "a-sc-006"], ["212"]),
    ans("Why did we lose the student dorm water meter deal?", ["a-sc-003", "o-sc-housing", "history_sensitivities"],
        ["Verhaeghe"]),
    ans("can I just ring the procurement lady at the Ghent uni?", ["channels_surprises", "c-sc-claes"], ["email"]),
    ans("what rate are we still charging on the Kortrijk campus?", ["hidden_commitments"], ["2.10"]),
    ans("When's the market consultation for the Scheldeland tender?", ["a-sc-011"], ["14 January"]),
    ans("which app version sorted the slow Android problem?", ["a-sc-008"], ["5.8"]),
    ans("what's the story with the missing meter data the rector heard about?", ["history_sensitivities"], ["6 weeks"]),
    ans("what's the vice-rector's pet project?", ["decision_maker", "a-sc-009"], ["chargeback"]),
    abstain("Who is the safety advisor that asked for the fume hood data?"),
    abstain("How much budget does Dirk have for the fume hood monitoring?"),
]
