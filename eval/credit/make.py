#!/usr/bin/env python3
"""Generate bundle.json and eval.json for the 'credit' evaluation set.

Vendor: Palisade Managed Security (24/7 monitoring "Palisade Watch", phishing
simulation, and the "Examiner Packet" compliance reporting) selling to US credit
unions and community banks. Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def P(s):
    """Normalise whitespace so long texts can be wrapped in the source."""
    return " ".join(s.split())


USERS = [
    {"id": "u-eleanor", "name": "Eleanor Whitcombe", "email": "eleanor.whitcombe@palisade-sec.test",
     "role": "rep", "manager_id": "u-priya", "team": "Financial Institutions East"},
    {"id": "u-danny", "name": "Danny Reyes", "email": "danny.reyes@palisade-sec.test",
     "role": "rep", "manager_id": "u-priya", "team": "Financial Institutions East"},
    {"id": "u-priya", "name": "Priya Natarajan", "email": "priya.natarajan@palisade-sec.test",
     "role": "manager", "team": "Financial Institutions East"},
    {"id": "u-sam", "name": "Sam Okafor", "email": "sam.okafor@palisade-sec.test",
     "role": "rep", "team": "SOC Customer Engineering"},
    {"id": "u-lauren", "name": "Lauren Pike", "email": "lauren.pike@palisade-sec.test",
     "role": "admin", "team": "Revenue Operations"},
]

DEPARTING = "u-eleanor"
SUCCESSOR = "u-danny"
MANAGER = "u-priya"

ACCOUNTS = []  # each: {"record": {...}, "interview": {...}, "questions": [...]}


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    return {"id": cid, "name": name, "title": title, "email": email, "phone": phone,
            "role": role, "preferred_channel": channel,
            "relationship_strength": strength, "notes": P(notes)}


def opp(oid, name, stage, amount, close, step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": P(step)}


def act(aid, kind, at, author, contacts, direction, subject, body):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": P(body)}
    if direction:
        a["direction"] = direction
    return a


def Q(question, gold, must, category):
    """gold: list of 'i:<question_id>' | 'a:<id>' | 'c:<id>' | 'o:<id>' | 'acc:<id>'.
    category: interview | record | mixed | paraphrase | middle | hard_abstain | off_topic."""
    return {"question": question, "gold": gold, "must": must, "category": category}


def ABSTAIN(question, category="hard_abstain"):
    return {"question": question, "gold": [], "must": [], "category": category}

# ---------------------------------------------------------------------------
# 1. Cedar Hollow Federal Credit Union (smb, 3 branches)
# ---------------------------------------------------------------------------
E = "u-eleanor"
S = "u-sam"

ACCOUNTS.append({
    "record": {
        "id": "acc-cedarhollow",
        "name": "Cedar Hollow Federal Credit Union",
        "owner_id": E,
        "arr": 30000,
        "segment": "smb",
        "industry": "Credit Union",
        "territory": "New England",
        "renewal_date": "2027-01-31",
        "contract_notes": P("""1-year term, auto-renews each February 1. Palisade Watch monitoring for
            three branches (Main Office, Millbrook, Route 9 'Depot'); 40 phishing seats; Examiner
            Packet at $2,400 (bundled free in year one, 2023). Purchased through the League Shared
            Services program (group discount on monitoring)."""),
        "contacts": [
            contact("c-ch-ruthann", "Ruth Ann Pelletier", "President & CEO",
                    "ruthann.pelletier@cedarhollowfcu.test", "+1 802 555 0141", "economic_buyer",
                    "phone", 4,
                    """Has run the credit union since 2004. Picks up her own desk line before 8 a.m.;
                    after that, calls go through the front desk."""),
            contact("c-ch-gary", "Gary Tomczak", "VP Operations & Information Technology",
                    "gary.tomczak@cedarhollowfcu.test", "+1 802 555 0199", "champion", "text", 5,
                    """Runs operations and IT on his own. Cell is the number listed; a text message is
                    the fastest way to reach him for anything urgent."""),
            contact("c-ch-denise", "Denise Faucher", "Compliance Officer (part-time)",
                    "denise.faucher@cedarhollowfcu.test", "+1 802 555 0146", "influencer", "email", 3,
                    """Works Tuesday to Thursday. Owns the vendor management program and exam
                    preparation."""),
            contact("c-ch-walt", "Walter Brigham", "Board Treasurer",
                    "wbrigham.treasurer@cedarhollowfcu.test", "+1 802 555 0170", "blocker", "letter", 2,
                    """Goes by Walt. Retired accountant. Reviews every contract above $25,000 before the
                    CEO signs. Wants correspondence on letterhead as a PDF."""),
            contact("c-ch-kyle", "Kyle Ouellette", "Owner, Green Mountain Tech Partners (outsourced IT)",
                    "kyle@greenmountaintech.test", "+1 802 555 0188", "influencer", "ticket portal", 3,
                    """Manages the firewalls and desktops under a separate contract with the credit
                    union. Bills by the ticket. His firm resells a bundled monitoring product."""),
            contact("c-ch-tammy", "Tammy Rhodes", "Member Services Supervisor",
                    "tammy.rhodes@cedarhollowfcu.test", "+1 802 555 0152", "user", "phone", 4,
                    """Coordinates staff training, including the phishing program; also handles HR
                    paperwork."""),
        ],
        "opportunities": [
            opp("o-ch-renewal", "Renewal 2027", "proposal", 31500, "2027-01-31",
                "Send Ruth Ann the one-page renewal letter explaining the increase"),
            opp("o-ch-seats", "Phishing seat expansion (40 to 55)", "qualification", 2400, "2027-03-31",
                "Wait for Tammy's final headcount after the Millbrook hires start"),
        ],
        "activities": [
            act("a-ch-001", "email", "2026-03-04T14:20:00Z", E, ["c-ch-gary", "c-ch-denise"], "outbound",
                "League Shared Services pricing confirmed for 2026",
                """Gary, Denise: the league has confirmed that Cedar Hollow remains enrolled in the
                League Shared Services program for 2026 (member reference LSS-0412), so the 15% group
                discount on the monitoring line continues to apply. Nothing changes on your invoice.
                Kind regards, Eleanor"""),
            act("a-ch-002", "meeting", "2026-04-18T17:00:00Z", E, ["c-ch-ruthann", "c-ch-walt", "c-ch-gary"], None,
                "Cedar Hollow FCU annual meeting",
                """Attended the annual meeting at the Grange Hall, about 140 members present. Ruth Ann
                thanked Palisade by name in her remarks on member data protection. Walt presented the
                treasurer's report and noted that technology and security expense rose 11% year over
                year; he said the board would 'look hard' at every vendor line in 2027. Short
                conversation with Gary afterwards about the summer phishing campaign."""),
            act("a-ch-003", "call", "2026-06-11T12:40:00Z", E, ["c-ch-ruthann"], None,
                "Quarterly check-in with Ruth Ann",
                """Ruth Ann raised that the English-only phishing templates are not a fair test for
                several Millbrook tellers who read more comfortably in Spanish. Discussed options for
                a Spanish-language template. She also asked whether the Examiner Packet could export the
                vendor list to Excel for Denise (it can). Next touchpoint: after the July campaign."""),
            act("a-ch-004", "email", "2026-06-23T15:05:00Z", E, ["c-ch-kyle"], "outbound",
                "Syslog forwarding for the Route 9 branch firewall",
                """Kyle, to finish onboarding the FortiGate 60F at the Route 9 (Depot) branch, could you
                forward syslog to our collector at 10.40.2.15 on UDP 514, with the same filter set you
                used for the Main Office unit? I have opened ticket GMT-88213 in your portal as well so
                that it is tracked on your side. Thank you, Eleanor"""),
            act("a-ch-005", "chat", "2026-07-15T19:12:00Z", E, ["c-ch-gary"], "inbound",
                "July phishing results",
                """Gary: July campaign is in. 7 of 41 clicked, so about 17%. Board will not love that.
                Can we talk about what gets us under 10 by March?"""),
            act("a-ch-006", "note", "2026-08-09T16:30:00Z", S, ["c-ch-gary", "c-ch-ruthann", "c-ch-kyle"], None,
                "Incident timeline: suspicious core sign-in, night of August 9",
                """Timeline prepared by SOC Customer Engineering for the account team. 02:14 ET: Palisade
                Watch raised a high-severity alert for an interactive sign-in attempt to the core
                banking admin console using Gary Tomczak's administrative account from an IP address
                geolocated to Romania. The attempt failed the second factor and the account was not
                used. 02:19 ET: analyst J. Morrow triaged, confirmed the failed MFA challenge, and opened
                ticket PW-55102. 02:31 ET: the analyst emailed Gary the ticket summary, following the
                after-hours runbook then in force for this customer, which listed email as the
                notification method for high (not critical) alerts. No telephone call was made. 07:05 ET:
                Kyle Ouellette of Green Mountain Tech Partners saw the failed sign-in in the firewall logs
                and telephoned Ruth Ann Pelletier. 08:22 ET: our first telephone call to Gary, made only
                after Ruth Ann called our support line. Roughly six hours passed between the alert and any
                phone contact. Root cause: runbook classification and a customer call tree that did not
                reflect a one-person IT function. Remediation proposed: phone-first call tree for this
                customer (Gary, then Ruth Ann), reclassification of admin sign-in alerts as critical, and
                a review of every small-institution runbook by September 30."""),
            act("a-ch-007", "email", "2026-08-14T13:00:00Z", E, ["c-ch-ruthann", "c-ch-gary"], "outbound",
                "Follow-up to the August 9 alert: credit and revised call tree",
                """Ruth Ann, Gary: further to our call, I attach a letter from our VP of Operations and the
                revised after-hours call tree, under which the analyst telephones Gary first, then Ruth
                Ann, for any alert on the core or on an administrative account, and never relies on
                email outside business hours. We have also issued a credit memo of $2,500, equal to one
                month of service, which will appear on your next invoice. I am very sorry that you
                heard about this from Kyle before you heard from us. Eleanor"""),
            act("a-ch-008", "email", "2026-08-20T12:10:00Z", E, ["c-ch-ruthann"], "inbound",
                "Re: Follow-up to the August 9 alert",
                """Eleanor, thank you for the letter and the credit. I have shared the new call tree with
                the board. I trust we will not have a repeat. Ruth Ann"""),
            act("a-ch-009", "email", "2026-09-10T14:45:00Z", E, ["c-ch-walt"], "inbound",
                "Letter from the Board Treasurer",
                """Attached letter (PDF) from Walter Brigham, Board Treasurer. In it he requests a copy of
                Palisade's most recent SOC 2 Type II report for the credit union's vendor file, and
                'a comparison of your fees against comparable providers serving institutions of our
                size' in advance of the 2027 budget."""),
            act("a-ch-010", "email", "2026-09-16T13:30:00Z", E, ["c-ch-walt", "c-ch-denise"], "outbound",
                "SOC 2 Type II report for Cedar Hollow's vendor file",
                """Mr. Brigham, as requested I have sent, on letterhead, our SOC 2 Type II report for the
                period ending June 30, 2026, under the mutual NDA already on file, together with our
                bridge letter. Denise is copied for the vendor file. On the fee comparison, I would
                welcome the chance to walk you through how our pricing is built. Respectfully, Eleanor
                Whitcombe"""),
            act("a-ch-011", "chat", "2026-09-30T18:02:00Z", E, ["c-ch-gary"], "inbound",
                "September phishing results",
                """Gary: September numbers, 6 of 42 clicked (14%). Better than July, still not under 10.
                Tammy says two of the six were Millbrook."""),
            act("a-ch-012", "meeting", "2026-10-07T14:00:00Z", E,
                ["c-ch-ruthann", "c-ch-gary", "c-ch-denise", "c-ch-tammy"], None,
                "Q3 quarterly review",
                """Attendees: Ruth Ann, Gary, Denise, Tammy; Eleanor for Palisade, Sam Okafor joined for
                the monitoring section. Monitoring: 1,942 alerts in the quarter, 11 escalated, none
                confirmed as compromise; the revised call tree was exercised twice after hours and
                worked as intended. Phishing: September click rate 14%, down from 17% in July; Gary
                reiterated the goal of under 10% for the March board meeting. Staffing: the Millbrook
                branch will add six tellers in January, and Tammy will need seats for them; Denise
                mentioned she will move to two days a week from March 2027, so exam preparation will
                lean more on Gary. Examiner Packet: Denise wants the vendor inventory export before the
                exam. Tabletop: Gary asked for the plain-language summary of the ransomware tabletop by
                the end of the month so he can present it to the board himself. Next review in
                January."""),
            act("a-ch-013", "note", "2026-10-21T20:15:00Z", E, ["c-ch-gary"], None,
                "Tabletop summary delivered",
                """Sent Gary the two-page plain-language summary of the ransomware tabletop run in
                September, written for the board. He will present it at the October 28 board meeting.
                Promise from the spring is now closed."""),
            act("a-ch-014", "email", "2026-11-05T15:40:00Z", E, ["c-ch-tammy"], "inbound",
                "Seats for new Millbrook staff",
                """Hi Eleanor, the new Millbrook tellers start January 11. Can we get them into the phishing
                program right away? I think we will need 55 seats in total once everyone is on. Thanks,
                Tammy"""),
            act("a-ch-015", "call", "2026-11-18T12:45:00Z", E, ["c-ch-ruthann"], None,
                "Renewal pre-call with Ruth Ann",
                """Called at 7:45 her time. Ruth Ann confirmed the NCUA examination is scheduled for the
                week of February 8, 2027, and she would like the renewal signed before the examiners
                arrive so that the vendor file is complete. She asked for a one-page letter explaining
                the increase that she can hand to Walt. No objections raised on price during the call."""),
            act("a-ch-016", "email", "2026-11-24T16:00:00Z", E, ["c-ch-denise"], "outbound",
                "Vendor inventory export for exam preparation",
                """Denise, attached is the export of the vendor-risk inventory from the Examiner Packet:
                37 vendors, including the armored car service, the janitorial contractor and the
                drive-up tube maintenance firm you added in the spring, each with its last review date.
                Let me know if the examiners prefer a different layout. Eleanor"""),
        ],
    },
    "interview": {
        "decision_maker": P("""Formally, the renewal is signed by Ruth Ann Pelletier, the President and
            CEO, and nobody at Cedar Hollow would dispute that. In practice, however, I would be careful
            not to treat her signature as the whole decision. Anything above twenty-five thousand
            dollars goes in front of Walter Brigham, the board treasurer, before RAP will sign it, and
            since our renewal sits comfortably above that line, WB effectively holds a veto. He is a
            retired accountant, courteous, and rather slow. As for what RAP personally cares about: she
            wants never again to sit across the table from an NCUA examiner and be told that her vendor
            oversight is weak, which is what happened at the 2025 exam (the finding was on vendor
            management generally, not on us, but she took it personally). She also dislikes multi-year
            terms on principle; I tried a two-year proposal once and she declined it within the hour,
            politely. If you frame the renewal as something that makes the next exam uneventful, you
            will be speaking her language."""),
        "champion": P("""Gary Tomczak, the VP of Operations and IT, is our champion, and I suspect he is
            the only reason we survived last August. I think of him privately as the one-man IT
            department, which is not far from the truth: he runs operations, the network and, by
            default, most of the security program. I promised GT two things. First, that we would write
            the summary of the incident response tabletop in plain language so that he could present it
            to the board himself; that was done in October. Second, and this one is still open, I told
            him that we would get the staff click rate on the phishing simulations below ten percent by
            the March board meeting. The September campaign came in at fourteen percent, so there is
            work to do. What he needs to look good internally is, quite simply, one number per quarter
            that the board can understand; he has said more than once that the board's eyes glaze over
            at anything with more than one chart."""),
        "hidden_commitments": P("""There are, to my knowledge, three. The first is that during a call with
            Ruth Ann in June I agreed that we would run one additional phishing campaign, in Spanish, for
            the staff at the Millbrook branch, at no charge. Several of the Millbrook tellers are more
            comfortable reading in Spanish and RAP felt, rightly I think, that the English-only templates
            were not a fair test. It has not yet been scheduled. The second is that I told RAP,
            informally, that the 2027 increase would not exceed five percent; this is not in the order
            form and I would ask you to honor it, since she will remember. The third is smaller: I have
            attended their annual meeting in April for three years running, driving up from Hartford,
            and I said I would do so again. It is not a contractual matter, but it has become an
            expectation, and Walter Brigham in particular notices who turns up."""),
        "history_sensitivities": P("""The one that matters is the night of August 9. At 2:14 a.m. our
            monitoring flagged a suspicious sign-in to the core banking system from an address in
            Romania, using Gary's administrative account. The analyst on shift opened a ticket and
            emailed GT, which was correct by the runbook of the time but entirely wrong for a
            three-branch credit union whose VP of IT sleeps with his phone on silent. Nobody telephoned
            anyone for roughly six hours. Ruth Ann learned of it from Kyle Ouellette, their outside IT
            man, before she heard from us, and that, rather than the sign-in itself (it turned out to be
            a blocked attempt), is what she has not forgotten. We resolved it with a one-month credit of
            $2,500, a written apology from our VP of Operations, and a revised call tree: phone GT first,
            then RAP, and never rely on email after hours. I would strongly advise against making light
            of response times in any conversation with them; it remains tender."""),
        "pricing_story": P("""The account is priced well under our list, and there are two reasons for it.
            The first is structural: Cedar Hollow buys through the League Shared Services program run by
            their state credit union league, which entitles members to a fifteen percent group discount
            on the monitoring line. The second is history. When they first signed, in 2023, the Examiner
            Packet was bundled at no charge for the first year to help them recover from the vendor
            management finding, and when the free year ended I priced it at a nominal $2,400 rather than
            the usual figure, on the understanding that it would be revisited at renewal. So the thirty
            thousand breaks down, roughly, as twenty-four thousand for monitoring across the three
            branches, $3,600 for the forty phishing seats and $2,400 for the packet. I would not,
            personally, try to recover the packet price in one step; the five percent ceiling I
            mentioned elsewhere applies to the total."""),
        "unexpected_use": P("""Two things, one charming and one slightly worrying. The charming one:
            Denise Faucher, their part-time compliance officer, uses the vendor-risk inventory inside the
            Examiner Packet to track all of their vendors, not merely the technology ones, so our tool
            now holds records for the armored car company, the janitorial contractor and, if I recall
            correctly, the firm that services the drive-up tube system. We never designed it for that,
            but it works, and it is one of the reasons DF defends us. The worrying one: Tammy Rhodes, the
            member services supervisor, who coordinates training, has begun citing individual results
            from the phishing simulations in annual performance reviews. I raised it gently with Ruth
            Ann, since we advise against punitive use and it tends to make staff stop reporting, but I do
            not believe anything has changed. You may wish to raise it again, carefully, when the
            Spanish campaign is planned."""),
        "channels_surprises": P("""Ruth Ann Pelletier answers her own desk line before eight in the
            morning and is much harder to reach afterwards, when calls go through the front desk; I have
            always called her at about 7:40. Gary prefers a text message to his cell for anything
            time-sensitive and email for everything else. Denise works Tuesday through Thursday only and
            reads email thoroughly, so send her things on a Monday evening. Walter Brigham wants
            correspondence as a formal letter, on letterhead, as a PDF attachment; he does not regard an
            email body as a document. Kyle Ouellette should be reached through his company's ticket
            portal, not directly, because he bills the credit union by the ticket and prefers the paper
            trail. As for surprises: RAP must never hear anything from her board, or from KO, before she
            hears it from us. That is the whole lesson of August, and I would treat it as a rule rather
            than a preference."""),
        "org_changes": P("""Several things, none of them announced. Ruth Ann has told me, in confidence,
            that she intends to retire at the end of 2027, and the board has not yet decided whether to
            promote Gary or look outside; GT would like the job, I believe, but would never say so.
            Separately, and I think relatedly, the board has had at least two conversations about a
            merger with Northfield Community Credit Union, which is roughly four times their size and
            uses a competitor of ours for monitoring. Nothing formal has happened, and RAP is opposed
            while she is there. Denise is also reducing her hours next year, which will leave the vendor
            management program thinner than it already is. Finally, the Millbrook branch is adding staff
            in January, which is why the phishing seat expansion is in the pipeline."""),
        "warning_signs": P("""The clearest one I have seen was in the autumn of 2024, before the last
            renewal: Ruth Ann stopped attending the quarterly reviews and sent Gary in her place, three
            quarters in a row, and within a month of the third she asked for a price reduction, citing
            the league's renegotiated rates. It is a polite signal but a reliable one. The other is
            Walter Brigham asking for 'a comparison'. When WB uses that word he is, in my experience,
            obtaining competing quotes, usually through Kyle Ouellette, whose firm resells a bundled
            monitoring product of its own. He used it in a letter in September, which I did not like. A
            quieter sign, if you want one, is Denise ceasing to ask for the monthly packet exports; she
            did so for two months in early 2024 while, as I later learned, she was evaluating a cheaper
            compliance tool."""),
        "renewal_risk": P("""If it slips, the stated reason will almost certainly be uncertainty: the
            merger conversations, Ruth Ann's retirement, a wish not to commit while the future is
            unclear. That is a reasonable thing for a small board to say and you should accept it
            graciously. The real reason, I fear, will be a combination of two things. The first is that
            August has never been fully forgiven; RAP was embarrassed, and people rarely renew
            enthusiastically with a vendor that embarrassed them. The second is Walter Brigham's view,
            which he has put to me almost in these words, that Kyle's company could provide 'the same
            thing' bundled with their existing support contract for less money. It would not be the same
            thing, but WB is an accountant and will compare line items. My suggestion would be to get
            the Spanish campaign done, get the click rate down before March, and put the August call
            tree in writing again."""),
    },
    "questions": [
        Q("Who actually signs off on the Cedar Hollow renewal, and is there anybody else who can kill it?",
          ["i:decision_maker", "c:c-ch-walt"], ["Ruth Ann", "Brigham"], "interview"),
        Q("did eleanor give them any freebies i should know about before I walk in there",
          ["i:hidden_commitments"], ["Spanish"], "paraphrase"),
        Q("what went down with that outage thing over the summer, the 2am one? why is everyone still touchy about it",
          ["i:history_sensitivities", "a:a-ch-006"], ["six hours"], "mixed"),
        Q("How much did we end up refunding them for the August mess?",
          ["i:history_sensitivities", "a:a-ch-007"], ["2,500"], "paraphrase"),
        Q("Why are they paying so little? Is there some kind of group deal going on?",
          ["i:pricing_story", "a:a-ch-001", "acc:acc-cedarhollow"], ["League Shared Services"], "interview"),
        Q("Is there a cap on how much we can bump the price this year? I heard she was promised something",
          ["i:hidden_commitments", "i:pricing_story"], ["five percent"], "paraphrase"),
        Q("what's the best way to get hold of Gary when something's urgent?",
          ["i:channels_surprises", "c:c-ch-gary"], ["text"], "mixed"),
        Q("When are the NCUA examiners showing up?",
          ["a:a-ch-015"], ["February 8"], "record"),
        Q("What kind of firewall do they have out at the Rt 9 branch?",
          ["a:a-ch-004"], ["FortiGate 60F"], "record"),
        Q("Is the big boss planning on retiring or something?",
          ["i:org_changes"], ["end of 2027"], "interview"),
        Q("what's the email for the guy who runs their outsourced IT shop",
          ["c:c-ch-kyle"], ["kyle@greenmountaintech.test"], "record"),
        ABSTAIN("What did Walt think of the SOC 2 report we sent him?"),
        ABSTAIN("What was the click rate on the Spanish phishing campaign at Millbrook?"),
    ],
})

# ---------------------------------------------------------------------------
# 2. Tri-Rivers Community Credit Union (smb, 6 branches, Pittsburgh area)
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "record": {
        "id": "acc-tririvers",
        "name": "Tri-Rivers Community Credit Union",
        "owner_id": E,
        "arr": 48500,
        "segment": "smb",
        "industry": "Credit Union",
        "territory": "Mid-Atlantic",
        "renewal_date": "2027-04-30",
        "contract_notes": P("""2-year term, May 2025 to April 2027, with an 8% two-year discount. Palisade
            Watch monitoring for six branches (Carnegie, McKees Rocks, Coraopolis, Sewickley, Moon
            Township, Bridgeville) and the Robinson operations center; 150 phishing seats. Log retention
            90 days. Examiner Packet not included. Termination for convenience on 90 days' notice after
            month 12."""),
        "contacts": [
            contact("c-tr-dee", "Dolores Marchetti", "President & CEO", "dee.marchetti@tririverscu.test",
                    "+1 412 555 0110", "economic_buyer", "in person", 3,
                    """Goes by Dee. Meetings are arranged through her assistant; prefers to meet at the
                    Robinson operations center."""),
            contact("c-tr-anthony", "Anthony Russo", "Chief Financial Officer", "anthony.russo@tririverscu.test",
                    "+1 412 555 0123", "decision_maker", "email", 3,
                    """Wants numbers in a spreadsheet, not a deck. Reports cost per member to the board
                    every quarter."""),
            contact("c-tr-priscilla", "Priscilla Nguyen", "IT Manager", "priscilla.nguyen@tririverscu.test",
                    "+1 412 555 0131", "champion", "Microsoft Teams", 5,
                    """Day-to-day contact since 2022. Since September 2026 reports to the new ISO on
                    security matters."""),
            contact("c-tr-brian", "Brian Kowalczyk", "Information Security Officer",
                    "brian.kowalczyk@tririverscu.test", "+1 412 555 0164", "blocker", "email", 1,
                    """Joined September 2026 from a regional bank. Reports to the CFO. Asks that all
                    correspondence be formal email with Priscilla copied."""),
            contact("c-tr-jen", "Jennifer Soto", "Training & Development Coordinator",
                    "jen.soto@tririverscu.test", "+1 412 555 0147", "user", "phone", 4,
                    """Goes by Jen. Approves every phishing template before launch (since May 2026)."""),
            contact("c-tr-ray", "Raymond Dempsey", "Board Chair", "rdempsey.board@tririverscu.test",
                    "+1 412 555 0190", "other", "email", 1,
                    """Retired union official. We have never met him."""),
            contact("c-tr-monica", "Monica Hale", "Compliance Manager", "monica.hale@tririverscu.test",
                    "+1 412 555 0139", "influencer", "email", 3,
                    """Coordinates with the Pennsylvania Department of Banking and Securities examiners."""),
        ],
        "opportunities": [
            opp("o-tr-renewal", "Renewal 2027", "discovery", 52000, "2027-04-30",
                "Walk Brian K. through the detection coverage map on December 9"),
            opp("o-tr-exam", "Examiner Packet add-on", "closed_lost", 9000, "2026-06-30",
                "Revisit after the state exam in spring 2027"),
            opp("o-tr-merger", "Allegheny Postal CU branches (2 sites) monitoring", "qualification", 8000,
                "2027-05-31", "Confirm the site list once the merger is approved"),
        ],
        "activities": [
            act("a-tr-001", "email", "2026-03-09T15:00:00Z", E, ["c-tr-priscilla"], "outbound",
                "Q1 monitoring summary",
                """Priscilla, attached is the Q1 monitoring summary: 4,310 alerts, 23 escalations, no
                confirmed incidents. The after-hours ATM alert handling continues as before; the SOC
                called branch managers six times in the quarter. Eleanor"""),
            act("a-tr-002", "call", "2026-03-19T18:30:00Z", E, ["c-tr-priscilla", "c-tr-monica"], None,
                "Examiner question on log retention",
                """Monica said the state examiners asked during a pre-exam call how long security logs
                are retained, and whether 90 days is considered sufficient. Priscilla asked what options
                exist. Eleanor to look into options with the SOC team and come back."""),
            act("a-tr-003", "email", "2026-05-06T13:20:00Z", E, ["c-tr-dee"], "inbound",
                "This morning's 'payroll' email",
                """Eleanor, I have had staff in tears this morning thinking their pay was frozen. I was not
                told a test was going out, let alone one that looked like our payroll company. I expect a
                call today. Dee"""),
            act("a-tr-004", "note", "2026-05-08T21:00:00Z", S, ["c-tr-jen", "c-tr-priscilla"], None,
                "Payroll template incident: facts",
                """Facts assembled for the account team and for Hannah Greer's letter, so that everyone
                quotes the same numbers. Campaign launched May 6 at 8:00 a.m. Eastern to all staff at the
                six branches and the Robinson operations center, using the 'payroll password reset'
                template that imitated the credit union's payroll provider. The template had been added
                to the shared library in April and was selected by our campaign scheduler without a
                customer review step. Results: 47 of 152 staff clicked (31%), 19 entered
                credentials on the simulated page, and 11 called HR. One employee forwarded the message
                to the payroll provider, which opened a fraud case that our team closed with them on May
                7. The template was approved internally at Palisade; no one at Tri-Rivers reviewed it
                before launch. Dee's email of May 6 is attached to this record. Recommended actions: a
                written apology, a customer approval step for every template, and removal of payroll
                and benefits lures from this customer's library."""),
            act("a-tr-005", "email", "2026-05-15T14:10:00Z", E, ["c-tr-dee", "c-tr-jen", "c-tr-priscilla"], "outbound",
                "Letter of apology and new template approval process",
                """Dee, Jen, Priscilla: attached is a letter from Hannah Greer, our VP of Customer Success,
                apologizing for the May 6 campaign. From today, no phishing template will be sent to
                Tri-Rivers staff unless Jen Soto has approved it in writing; Jen will receive each
                template at least five business days before launch. We will also exclude payroll and
                benefits lures from your template library permanently. Eleanor"""),
            act("a-tr-006", "email", "2026-06-30T16:00:00Z", E, ["c-tr-anthony"], "outbound",
                "Closing out the Examiner Packet proposal",
                """Anthony, thank you for considering the Examiner Packet add-on. I understand the credit
                union has declined it for this year given the budget; I am closing out the proposal on
                our side and will revisit after the state exam next spring. Eleanor"""),
            act("a-tr-007", "chat", "2026-07-22T02:40:00Z", E, ["c-tr-priscilla"], "inbound",
                "ATM alert overnight",
                """Priscilla: heads up, your SOC called the Moon Township manager at 10:30 last night about
                the ATM door sensor. False alarm (cleaning crew) but she was glad of the call."""),
            act("a-tr-008", "email", "2026-09-14T13:00:00Z", E, ["c-tr-brian", "c-tr-priscilla"], "inbound",
                "Introduction",
                """Ms. Whitcombe, I have joined Tri-Rivers as Information Security Officer, reporting to
                Anthony Russo. Please direct all security correspondence to me by email with Priscilla
                copied. In my previous role I worked with Arcwell for managed detection and response and
                I will be reviewing our current arrangements. Regards, Brian Kowalczyk"""),
            act("a-tr-009", "note", "2026-10-03T12:00:00Z", S, ["c-tr-priscilla"], None,
                "After-hours ATM tamper alert, Carnegie branch",
                """At 11:52 p.m. on October 2 the Carnegie branch ATM sent a tamper alert by email to our
                ingestion address. Analyst telephoned the Carnegie branch manager at 11:58 p.m.; police
                attended and found a skimming device partially fitted. The manager thanked the SOC.
                Logged here because ATM alerts are outside the contracted scope."""),
            act("a-tr-010", "email", "2026-10-10T15:30:00Z", E, ["c-tr-priscilla"], "outbound",
                "Customer advisory board: Nashville, March 2027",
                """Priscilla, I am delighted to confirm your seat on our customer advisory board, which
                meets in Nashville on March 16 and 17, 2027. Palisade will cover your flights and two
                nights at the hotel. More details in January. Eleanor"""),
            act("a-tr-011", "chat", "2026-10-14T17:45:00Z", E, ["c-tr-jen"], "inbound",
                "Q3 results by branch",
                """Jen: got the branch breakdown, thank you Sam. Overall 6.2% for Q3, Coraopolis worst at
                11%, Sewickley best at 2%. Sharing with the managers Monday."""),
            act("a-tr-012", "meeting", "2026-10-29T15:00:00Z", E, ["c-tr-brian", "c-tr-priscilla"], None,
                "Introductory meeting with the new ISO",
                """Attendees: Brian Kowalczyk, Priscilla Nguyen; Eleanor and Sam Okafor for Palisade. Brian
                opened with his priorities: visibility across all six branches and the ops center, faster
                response, and vendor consolidation. He asked a series of detailed questions about our
                detection content for the core and for Microsoft 365, several of which Priscilla
                answered before Sam could. He kept quoting Arcwell's ten-minute response commitment as
                the benchmark. He confirmed that he will issue an RFP for managed detection and response
                in early January, that responses are due January 15, 2027, and that Palisade is welcome
                to respond. He asked for a detection coverage map mapping our rules to the credit
                union's systems; we agreed to walk him through it in person. Priscilla was quiet for the
                second half of the meeting. Tone: correct, a little cool. Next step: schedule the
                coverage map session."""),
            act("a-tr-013", "email", "2026-11-06T14:00:00Z", E, ["c-tr-anthony"], "inbound",
                "Invoice history request",
                """Ms. Whitcombe, on behalf of Anthony Russo, please send copies of all Palisade invoices
                for the last three years, with credits shown separately. Thank you, Accounts Payable,
                Tri-Rivers Community Credit Union"""),
            act("a-tr-014", "email", "2026-11-17T16:20:00Z", E, ["c-tr-brian", "c-tr-priscilla"], "outbound",
                "Detection coverage map session: December 9",
                """Brian, confirming the detection coverage map session on December 9 at 10:00 a.m. at the
                Robinson operations center, with Priscilla. Sam Okafor will present. Regards, Eleanor"""),
            act("a-tr-015", "call", "2026-11-20T19:00:00Z", E, ["c-tr-monica"], None,
                "State exam preparation",
                """Monica expects the Department of Banking and Securities exam in April 2027. She asked
                for written evidence of our log retention period for the exam binder."""),
        ],
    },
    "interview": {
        "decision_maker": P("""Dolores Marchetti, whom everyone calls Dee, is the President and CEO and
            her name goes on the order form; however, I would be misleading you if I said she makes the
            decision. The person who actually decides is Anthony Russo, the CFO. DM trusts AR completely
            on anything with a recurring cost, and she tends to ask him a single question ('does it
            fit?') and sign on the strength of his answer. What AR personally cares about is cost per
            member, a ratio he reports to the board every quarter and of which he is, I think, rather
            proud; and, perhaps more importantly, he wants to avoid anything that would require him to
            take a vendor to the board, which happens at fifty thousand dollars a year per vendor. He has
            never said so in quite those words, but every conversation with him comes back to it. He is
            not hostile to us; he simply regards security as a cost to be contained, and he will respond
            far better to a spreadsheet than to any story about threats."""),
        "champion": P("""Priscilla Nguyen, the IT Manager, has been our champion since 2022 and is, in my
            view, the reason the account exists at all. I promised PN a place at our customer advisory
            board in Nashville next March, with travel paid by us; I confirmed it in writing in October,
            so that one is on the record, but I should add that I also told her, less formally, that we
            would put her forward as a speaker, which is not yet arranged. What she needs to look good
            internally has changed since September. Brian Kowalczyk, the new ISO, arrived from a larger
            bank and has, let us say, implied that the security program was under-managed before him.
            PN needs to be able to show BK that the coverage was sound, which is why the detection
            coverage map matters so much; she asked for it partly for his benefit and partly, I suspect,
            for her own peace of mind."""),
        "hidden_commitments": P("""There are two that I would want you to know about before anything else.
            The first concerns log retention. The contract provides for ninety days, but in the spring,
            after Monica Hale mentioned that the state examiners had asked about longer retention, I
            agreed on a call with Priscilla that we would keep their logs for 365 days at no additional
            charge. It was never written into an amendment, and I ought to have done that; our SOC team
            has it configured, but if someone tidies the configuration without knowing the history, they
            will lose nine months of data that the credit union believes it has. The second is that I
            told Jen Soto we would provide the quarterly phishing results broken down by branch, which is
            not a standard report; Sam Okafor builds it by hand each quarter, and it takes him most of an
            afternoon."""),
        "history_sensitivities": P("""In May we ran a phishing simulation using a template that imitated
            their own payroll provider's password-reset email. It was, in hindsight, a poor choice, and it
            was approved on our side without anyone at Tri-Rivers seeing it first. Roughly a third of the
            staff believed their pay was at risk; several called HR in some distress, one forwarded it to
            the payroll provider itself, which opened a fraud case, and Dee was, to put it mildly,
            unhappy. We resolved it with a letter of apology from our VP of Customer Success and a new
            rule that Jen Soto approves every template before it is sent. The subject remains sensitive in
            two ways. Anything that looks like a payroll or benefits lure is, I would say, permanently
            off the table; and Jen is still a little wary of us, though she is gracious about it. Do not,
            under any circumstances, refer to it as a 'successful' test, even though the numbers were
            technically very high."""),
        "pricing_story": P("""The figure of $48,500 is not an accident. As I said when describing the
            decision, any vendor above fifty thousand a year must go to the board, and Anthony Russo was
            very clear that he would not take us there. So when we priced the current two-year term in
            2025, we removed the Examiner Packet from the proposal (it was quoted separately at about
            nine thousand and declined), applied an eight percent discount for the two-year commitment,
            and arrived at a number a little under the line. It is, I should say, a fragile arrangement.
            The Allegheny Postal merger would add two branches, and monitoring for those would take the
            total comfortably above fifty thousand, which is the point at which AR would either have to go
            to the board or find something else to cut. I have not raised this with him directly; I
            thought it better to wait until the merger is certain."""),
        "unexpected_use": P("""This is one of my favorite examples. Tri-Rivers' ATMs (the Diebold units at
            all six branches) send tamper and door-open alerts by email, and at some point in 2024,
            before my time on the account had quite begun, somebody pointed that email feed at our SOC's
            ingestion address. Our analysts, rather than rejecting it, began telephoning the branch
            managers when an ATM alert arrived after hours. It is in no sense what the service was
            designed for, and it is not in the contract; but the branch managers rely on it, and Priscilla
            told me frankly that it is the thing staff would miss first if we left. I would be very
            cautious about 'cleaning it up'. If anything, it could be formalized as a small paid add-on,
            though I never found the right moment to suggest that."""),
        "channels_surprises": P("""Dee prefers to be seen in person, ideally at the Robinson operations
            center, and arranges meetings through her assistant; she does not, in my experience, reply to
            cold emails at all. Anthony Russo wants email, preferably with a spreadsheet attached rather
            than a slide deck. Priscilla lives in Microsoft Teams and will answer a chat within minutes
            during working hours. Brian Kowalczyk has asked that all correspondence be formal email, with
            Priscilla copied, which I have respected scrupulously. Jen Soto prefers a phone call. The one
            person who must never be surprised is Anthony Russo, specifically on anything touching the
            invoice; when our billing system added a small platform fee in 2024 without notice, he
            withheld payment for sixty days. I would also avoid surprising Priscilla in front of BK, for
            reasons I have described elsewhere."""),
        "org_changes": P("""Two things, and they interact. The first is the arrival of Brian Kowalczyk as
            Information Security Officer in September. He came from a regional bank in Pittsburgh, he
            reports to the CFO rather than to IT, and he has made no secret of his preference for a
            managed detection and response vendor called Arcwell, whom he used in his previous role. I
            understand he intends to run a formal RFP in the first quarter of 2027. The second is the
            proposed merger with Allegheny Postal Credit Union, a small credit union with two branches,
            which the boards have approved in principle; it still awaits regulatory approval, and nobody
            has been willing to give me a firm date. Taken together, these mean that the renewal will be
            decided by a new person, under a new process, at a price that will probably cross the board
            threshold. I would not call it a crisis, but it is certainly not the account I inherited."""),
        "warning_signs": P("""The clearest precedent is from 2024. Priscilla went quiet for about five
            weeks (no Teams messages, which for her is extraordinary), and when she resurfaced it was to
            tell me that Anthony Russo wanted to reduce the price. In retrospect, the silence was her
            being told not to tip me off. The other signal, which arrived a week or two earlier, was a
            request from AR for three years of invoice history; I have since learned that this is how he
            begins any renegotiation. I mention both because, in November, AR's office asked for the
            invoice history again. I do not yet know whether it means the same thing, since BK's RFP
            would explain it equally well, but I would not ignore it."""),
        "renewal_risk": P("""The stated reason, if it slips, will be vendor consolidation: BK will say that
            the credit union wishes to bring detection and response under a single provider, and that
            the RFP must run its course. The real reason will be one of two things, and possibly both.
            First, BK wants his own vendor, and it is natural that he should; he is new and his
            credibility depends on making a mark. Second, the merger will push the price over the board
            threshold, and AR would rather run a competitive process than take a single-source renewal to
            the board. If I were you, I would get the coverage map in front of BK as planned, make sure
            PN is in the room, and quietly prepare a version of the pricing that keeps the core under
            fifty thousand with the two new branches priced separately."""),
    },
    "questions": [
        Q("At Tri-Rivers is it really Dee who makes the call, or the money guy?",
          ["i:decision_maker", "c:c-tr-anthony"], ["Anthony Russo"], "interview"),
        Q("why's the contract sitting just under 50k, is that on purpose?",
          ["i:pricing_story", "i:decision_maker", "i:renewal_risk"], ["fifty thousand"], "paraphrase"),
        Q("What did we promise the IT lady? something about a trip?",
          ["i:champion", "a:a-tr-010"], ["Nashville"], "mixed"),
        Q("Is there a handshake deal about how long we hang on to their logs?",
          ["i:hidden_commitments"], ["365 days"], "paraphrase"),
        Q("whats the story with the fake paycheck email fiasco, and how did we fix it",
          ["i:history_sensitivities", "a:a-tr-005"], ["Jen Soto"], "mixed"),
        Q("Wait, are we seriously babysitting their cash machines after hours?",
          ["i:unexpected_use", "a:a-tr-009", "a:a-tr-007", "a:a-tr-001"], ["ATM"], "paraphrase"),
        Q("When are the bids due for the new security guy's vendor bake-off?",
          ["a:a-tr-012"], ["January 15"], "middle"),
        Q("How many people actually fell for the payroll one?",
          ["a:a-tr-004", "i:history_sensitivities"], ["47 of 152"], "record"),
        Q("what was their click rate last quarter, and which branch was the worst?",
          ["a:a-tr-011"], ["6.2%", "Coraopolis"], "record"),
        Q("Whatever happened to the exam pack upsell there?",
          ["o:o-tr-exam", "a:a-tr-006", "i:pricing_story"], ["declined"], "mixed"),
        Q("when does their current deal run out?",
          ["acc:acc-tririvers", "o:o-tr-renewal"], ["2027-04-30"], "record"),
        ABSTAIN("How much is Arcwell quoting them?"),
        ABSTAIN("When is the Allegheny merger actually closing?"),
    ],
})

# ---------------------------------------------------------------------------
# 3. First Prairie Bank (mid_market, Kansas community bank, 11 branches + 2 LPOs)
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "record": {
        "id": "acc-firstprairie",
        "name": "First Prairie Bank",
        "owner_id": E,
        "arr": 145000,
        "segment": "mid_market",
        "industry": "Community Bank",
        "territory": "Plains",
        "renewal_date": "2027-06-30",
        "contract_notes": P("""3-year term, July 2024 to June 2027; annual uplift capped at 3%. Includes
            the Examiner Packet (FFIEC CAT and CPG mapping). 24/7 monitoring for 11 branches and 2 loan
            production offices (Wichita, Manhattan); 220 phishing seats. Amendment 1 (April 2026): agent
            updates only in the Tuesday maintenance window, with the network administrator's
            approval."""),
        "contacts": [
            contact("c-fp-hal", "Harold Jorgensen", "Chairman & CEO", "hal.jorgensen@firstprairiebank.test",
                    "+1 785 555 0100", "economic_buyer", "through his assistant", 3,
                    """Goes by Hal. Third-generation owner. All scheduling goes through Jolene Marsh."""),
            contact("c-fp-kristin", "Kristin Jorgensen-Blake", "President & COO",
                    "kristin.jblake@firstprairiebank.test", "+1 785 555 0102", "decision_maker", "text", 4,
                    """Hal's daughter. President and COO since January 2025. Short messages only."""),
            contact("c-fp-luis", "Luis Carrillo", "SVP & Chief Information Officer",
                    "luis.carrillo@firstprairiebank.test", "+1 785 555 0188", "champion", "email", 5,
                    """New cell number since October 2026 (old number +1 785 555 0134 no longer in use).
                    Replies to email in the evenings."""),
            contact("c-fp-amber", "Amber Stroud", "Information Security Officer",
                    "amber.stroud@firstprairiebank.test", "+1 785 555 0141", "influencer", "email", 4,
                    """Works closely with our tier-two analyst Rosa Delgado."""),
            contact("c-fp-dwayne", "Dwayne Pickett", "EVP & Chief Financial Officer",
                    "dwayne.pickett@firstprairiebank.test", "+1 785 555 0109", "blocker", "email", 2,
                    """Returns any invoice without a purchase order number. Planning to retire in 2027."""),
            contact("c-fp-natalie", "Natalie Owens", "Compliance & BSA Officer",
                    "natalie.owens@firstprairiebank.test", "+1 785 555 0115", "influencer", "email", 3,
                    """Coordinates FDIC and OSBC examinations."""),
            contact("c-fp-trevor", "Trevor Haas", "Network Administrator", "trevor.haas@firstprairiebank.test",
                    "+1 785 555 0127", "user", "shared chat channel", 4,
                    """Approves every agent update. Maintenance window Tuesday 9 p.m. to midnight
                    Central."""),
            contact("c-fp-jolene", "Jolene Marsh", "Executive Assistant to the Chairman",
                    "jolene.marsh@firstprairiebank.test", "+1 785 555 0101", "other", "phone", 4,
                    """Manages Hal's calendar. The best person in the building to be on good terms with."""),
        ],
        "opportunities": [
            opp("o-fp-renewal", "Renewal 2027 (3-year)", "proposal", 152000, "2027-06-30",
                "Deliver three renewal options to K. Jorgensen-Blake by January 20"),
            opp("o-fp-cloud", "Cloud monitoring add-on (M365 + Azure)", "negotiation", 38000, "2027-02-15",
                "Security review call with Trevor on tenant read-only permissions"),
        ],
        "activities": [
            act("a-fp-001", "note", "2026-03-13T22:00:00Z", S, ["c-fp-trevor", "c-fp-amber"], None,
                "Hays branch teller outage: timeline",
                """Prepared by SOC Customer Engineering. Friday, March 13 (payday). 09:05 CT: Palisade
                endpoint agent auto-updated from 7.4.1 to 7.4.2 across the Hays branch, following the
                default ring schedule, which had not been adjusted for this customer. 09:12 CT: teller
                workstations at Hays begin freezing on deposit capture; branch switches to manual
                receipts and a queue forms outside the door. 09:44 CT: Trevor Haas identifies the agent
                update as the common factor and calls our support line. 10:20 CT: engineering confirms a
                conflict between agent 7.4.2's file-scanning driver and the teller capture software.
                11:58 CT: rollback to 7.4.1 complete on all Hays workstations; tellers back in service.
                Total outage just under three hours. No other branch affected because the ring had not yet
                reached them. Follow-ups: move this customer to a manual update ring; propose a
                maintenance-window amendment; issue a service credit."""),
            act("a-fp-002", "email", "2026-03-16T14:30:00Z", E, ["c-fp-dwayne"], "inbound",
                "Friday at Hays",
                """Ms. Whitcombe, on a payday Friday our Hays customers stood in the street for the better
                part of three hours because of your software. I expect a written explanation and a
                proposal for a credit by the end of the week. D. Pickett, CFO"""),
            act("a-fp-003", "email", "2026-03-24T15:00:00Z", E, ["c-fp-dwayne", "c-fp-luis"], "outbound",
                "Hays branch outage: explanation and service credit",
                """Mr. Pickett, attached is the written root-cause analysis. As a service credit we will
                apply ten percent of the first-quarter fees, $3,625, to your next invoice. We are also
                proposing an amendment so that agent updates happen only in an agreed maintenance
                window, with Trevor's approval. I apologize again to you and to the Hays staff. Eleanor
                Whitcombe"""),
            act("a-fp-004", "email", "2026-04-07T16:00:00Z", E, ["c-fp-trevor", "c-fp-luis"], "outbound",
                "Amendment 1: maintenance window for agent updates",
                """Trevor, Luis: the signed amendment is attached. From now on, agent updates for First
                Prairie are released only on Tuesdays between 9 p.m. and midnight Central, and only
                after Trevor approves the release in the shared channel. Eleanor"""),
            act("a-fp-005", "meeting", "2026-05-19T15:00:00Z", E, ["c-fp-luis", "c-fp-amber", "c-fp-natalie"], None,
                "Q1 business review",
                """Attendees: Luis, Amber, Natalie; Eleanor and Rosa Delgado for Palisade. Monitoring: alert
                volume steady; Rosa walked through two phishing-driven account takeover attempts that
                were contained. Hays: Luis confirmed that the maintenance window is working and asked us to
                keep Rosa on the account. Exams: Natalie said the next FDIC examination is scheduled for
                March 15 to 26, 2027, run jointly with the Kansas OSBC, and that the examiners will look
                specifically at whether the 2024 finding on independent monitoring has been closed. Luis
                wants the Examiner Packet evidence binder ready by February 1. Phishing: click rate 7.9%
                for Q1. Other: Amber wants alert tuning for the Manhattan LPO, which generates noise from
                a guest Wi-Fi segment. Next review in August."""),
            act("a-fp-006", "email", "2026-06-09T14:00:00Z", E, ["c-fp-dwayne"], "inbound",
                "Purchase order for FY2026-27 invoices",
                """Ms. Whitcombe, for the fiscal year beginning July 1, all Palisade invoices must carry
                purchase order number PO-2026-0412. Invoices without it will be returned unpaid. D.
                Pickett"""),
            act("a-fp-007", "chat", "2026-07-14T20:10:00Z", E, ["c-fp-trevor"], "inbound",
                "M365 permissions question",
                """Trevor: for the cloud add-on, do you really need Global Admin in our tenant? I can
                give Security Reader and nothing more without a fight with Luis."""),
            act("a-fp-008", "email", "2026-08-04T13:45:00Z", E, ["c-fp-natalie"], "inbound",
                "Your threat briefing and our farm customers",
                """Eleanor, I thought you would like to know that our agricultural lenders have been using
                the wire fraud section of your monthly threat briefing in conversations with farm
                customers. Two customers caught fraudulent wire instructions this year, one on a land
                sale, and both mentioned the conversation. Natalie"""),
            act("a-fp-009", "meeting", "2026-09-22T01:30:00Z", E, ["c-fp-luis"], None,
                "Dinner with Luis in Wichita",
                """Dinner at the conference hotel. Luis talked about the Kansas Bankers Association
                technology conference next year and wants to co-present on exam preparation; abstract
                deadline to confirm. He hinted that the bank is in talks to buy a small bank to the west,
                but would not name it. He is worried about the FDIC exam more than anything else."""),
            act("a-fp-010", "email", "2026-10-02T02:15:00Z", E, ["c-fp-luis"], "inbound",
                "New cell",
                """Eleanor, new cell number: +1 785 555 0188. The old one is gone. Luis"""),
            act("a-fp-011", "call", "2026-10-15T16:00:00Z", E, ["c-fp-kristin"], None,
                "Call with Kristin",
                """Ten-minute call. Kristin wants a single slide on the state of security for the November
                19 board meeting, showing alerts handled, the phishing trend and exam readiness. No more
                than one page. Agreed to send it by November 12."""),
            act("a-fp-012", "email", "2026-10-28T15:20:00Z", E, ["c-fp-trevor", "c-fp-luis"], "outbound",
                "Quote: cloud monitoring add-on",
                """Luis, Trevor: attached is the quote for monitoring Microsoft 365 and Azure: $38,000 per
                year, plus a one-time onboarding fee of $6,000. We can work with Security Reader plus a
                read-only role for the Azure subscriptions; no Global Admin needed. Eleanor"""),
            act("a-fp-013", "email", "2026-11-09T03:00:00Z", E, ["c-fp-luis"], "inbound",
                "Smoky Hill",
                """Eleanor, now that it's announced: we are acquiring Smoky Hill State Bank. They have
                Sentinel Ridge for monitoring and their contract runs through September 30, 2027. We will
                need a plan for how their branches come over. Luis"""),
            act("a-fp-014", "note", "2026-11-19T23:00:00Z", E, ["c-fp-kristin"], None,
                "Board phishing results",
                """October board campaign results, reported anonymously to the board at Kristin's request:
                4 of 9 directors clicked, 2 reported the message. Kristin asked for a repeat in
                February."""),
            act("a-fp-015", "email", "2026-11-23T17:00:00Z", E, ["c-fp-kristin"], "outbound",
                "Renewal options",
                """Kristin, as discussed, I will send three renewal options (one-year extension, three-year
                renewal, and a three-year renewal covering the Smoky Hill branches) by January 20.
                Eleanor"""),
        ],
    },
    "interview": {
        "decision_maker": P("""On paper, the decision belongs to Harold Jorgensen, the Chairman and CEO,
            whose grandfather founded the bank and whose signature appears on everything of consequence.
            In reality, since Kristin Jorgensen-Blake became President and COO in January 2025, the
            decisions on operations and technology are hers, and HJ signs what she recommends; I have
            watched him do it without reading past the first page. What KJB personally cares about, as far
            as I can tell, is being seen to have modernized the bank without making it any less of a
            family bank. She is impatient with long reports and has asked, more than once, for what she
            calls 'one slide for the board': a single page showing the state of security. I would add
            that she is acutely aware that some of the older directors regard her as her father's
            daughter rather than as a banker in her own right, and anything that helps her look decisive
            in front of them will be remembered."""),
        "champion": P("""Our champion is Luis Carrillo, the SVP and CIO, who brought us in in 2021 when the
            bank was still relying on its core provider's basic monitoring. I promised LC, during our
            dinner in Wichita in September, that he could present jointly with us at the Kansas Bankers
            Association technology conference next year, on how a community bank prepares for an IT
            examination; we have not yet submitted the proposal, and the deadline, I believe, falls in
            February. What he needs in order to look good is simple to state and hard to deliver: no
            repeat findings at the next FDIC examination. The 2024 exam produced a finding on
            insufficient independent monitoring, which is why the Examiner Packet is in the contract, and
            LC regards clearing it completely as his personal responsibility."""),
        "hidden_commitments": P("""I should be candid that there are two. The first is that I told Luis and
            Trevor Haas, the network administrator, that we would waive the onboarding fee on the cloud
            monitoring add-on (six thousand dollars) if the order is signed before February 15. That is
            not in the quote, which still shows the fee, and Dwayne Pickett does not know about it; he
            will, I imagine, be pleasantly surprised rather than otherwise. The second is more delicate.
            After the Hays incident I agreed that Rosa Delgado, one of our tier-two analysts, would remain
            their named analyst for the duration of the contract. Rosa knows their environment intimately
            and Amber Stroud, the ISO, trusts her. It was a reasonable promise at the time, but it means
            that if Rosa moves teams or leaves, you must tell First Prairie before it happens, not
            after."""),
        "history_sensitivities": P("""The Hays incident is the one. On a Friday in March, a payday, an
            automatic update to our endpoint agent conflicted with the teller software at the Hays branch
            and froze every teller workstation for a little under three hours, during which the branch
            processed deposits by hand and a line formed out of the door. Trevor Haas traced it to us
            within forty minutes, to his credit, but the damage to goodwill was done. We resolved it with
            a credit of ten percent of that quarter's fees, an amendment restricting agent updates to the
            Tuesday evening maintenance window with TH's approval, and my personal apology to the branch
            manager. Dwayne Pickett has not forgotten it; I believe he keeps a printed copy of the
            photograph a customer posted of the line outside the branch. Never schedule anything on a
            Friday, and do not describe any update as 'routine' in front of him."""),
        "pricing_story": P("""We are charging roughly eleven thousand dollars per branch per year, with the
            loan production offices at a reduced rate, which is a little below our usual community-bank
            figure. The reason is the 2024 negotiation. Our standard terms include a seven percent annual
            uplift, and DP fought that clause for three months; in the end we agreed to a three-year term
            with the uplift capped at three percent, in exchange for the bank taking the Examiner Packet,
            which had not been in the original scope. The packet was, frankly, the bank's own idea as much
            as ours, because of the FDIC finding I described elsewhere. So the structure is: long term,
            low uplift, packet included. If you try to restore the standard uplift at this renewal,
            expect DP to reopen the whole negotiation."""),
        "unexpected_use": P("""Two uses come to mind. First, and I found this rather touching, First Prairie
            runs the phishing simulations against its own board of directors, using the directors'
            personal email addresses, with their consent; KJB introduced it in 2025 as board education,
            and the results are reported to the board anonymously. It is not a use we designed for, and
            our seat licensing does not really contemplate it. Second, their agricultural lenders have
            started using our monthly threat briefing as talking points with farm customers, specifically
            the sections on wire fraud and fake invoices around harvest and land sales. Natalie Owens, the
            compliance officer, told me that two customers avoided fraudulent wire instructions this year
            partly because of it. It would make a lovely story, if the bank ever allows it to be told."""),
        "channels_surprises": P("""Harold Jorgensen should only be approached through Jolene Marsh, his
            executive assistant, who manages his calendar and is, in practice, the most useful person in
            the building to be on good terms with. Kristin prefers a text message and a short call; she
            does not read long emails. Luis is an email person and replies in the evening. Dwayne Pickett
            wants formal email with a PDF invoice that carries a purchase order number; he returns
            anything without one. Trevor uses a shared chat channel with our engineers. As for surprises:
            DP must never be surprised by an invoice, and HJ must never be surprised by anything that
            might appear in the local newspaper; the Salina Journal covers the bank closely, and a hint of
            a security story would go straight to the Chairman."""),
        "org_changes": P("""There is a great deal happening. First, First Prairie has agreed to acquire
            Smoky Hill State Bank, a small bank west of Salina, with closing expected in the second
            quarter of 2027, subject to approval. Smoky Hill uses Sentinel Ridge for monitoring, a
            competitor of ours, and the integration will presumably force a choice. Second, Dwayne
            Pickett intends to retire in 2027, and I understand the bank has a preferred candidate for
            CFO, a finance director from one of the large accounting firms, although I have not been told
            the name. Third, Hal is expected to step back to non-executive chairman at the annual meeting,
            which would leave Kristin as CEO in name as well as in fact. Each of these is individually
            manageable; together they make the next six months unusually fluid."""),
        "warning_signs": P("""Before the 2024 renewal there were, in retrospect, three signs. Dwayne asked
            for a line-item breakdown of our fees, which he had never done before; Luis cancelled two
            consecutive quarterly reviews, pleading the exam; and the number of tickets the bank opened
            with our SOC fell by roughly half over a quarter, which I later understood to mean that
            Trevor had been told not to invest time in us while the negotiation was under way. All three
            preceded the long fight over the uplift. I would watch the ticket volume in particular. It is
            the least theatrical of the three, and the one that the bank does not realize it is
            sending."""),
        "renewal_risk": P("""The stated reason, should this slip, will be the acquisition: the bank will say
            it cannot commit to a three-year term until the Smoky Hill integration is settled, and it
            will be perfectly true. The real reason will be two people. Dwayne Pickett has never forgiven
            the Hays incident, and, as he leaves, he may well recommend a re-bid to his successor as a
            parting piece of prudence. And the new CFO, whoever it proves to be, will arrive without any
            loyalty to us and with a mandate to rationalize vendors across two banks, one of which
            already uses Sentinel Ridge. My suggestion would be to offer a one-year extension that covers
            Smoky Hill at our rate, so that the integration question is answered in our favor before
            anyone has time to ask it."""),
    },
    "questions": [
        Q("Hal's the CEO, but does he really decide anything? Who do I actually need to win over at First Prairie?",
          ["i:decision_maker", "c:c-fp-kristin"], ["Kristin"], "interview"),
        Q("What's Luis hoping to get out of us, like what did Eleanor dangle in front of him?",
          ["i:champion", "a:a-fp-009"], ["Kansas Bankers Association"], "paraphrase"),
        Q("is there some sweetener on the cloud add-on that isn't on the quote?",
          ["i:hidden_commitments"], ["waive"], "paraphrase"),
        Q("what was the Hays thing and why is the CFO still salty about it",
          ["i:history_sensitivities", "a:a-fp-001", "a:a-fp-002"], ["teller"], "mixed"),
        Q("How big a credit did we hand over after Hays?",
          ["a:a-fp-003", "i:history_sensitivities"], ["ten percent"], "mixed"),
        Q("When do the FDIC folks show up next?",
          ["a:a-fp-005"], ["March 15"], "middle"),
        Q("What's Luis's cell these days?",
          ["c:c-fp-luis", "a:a-fp-010"], ["555 0188"], "record"),
        Q("what PO number am I supposed to stick on their invoices",
          ["a:a-fp-006"], ["PO-2026-0412"], "record"),
        Q("Who's the competitor at the bank they're buying, and when is that contract up?",
          ["i:org_changes", "a:a-fp-013", "i:renewal_risk"], ["Sentinel Ridge", "September 30, 2027"], "mixed"),
        Q("how did the board members do on their own fake phishing test?",
          ["a:a-fp-014"], ["4 of 9"], "record"),
        Q("Where are we at on the cloud deal, what's the next step?",
          ["o:o-fp-cloud"], ["tenant"], "record"),
        ABSTAIN("What's the name of the new CFO candidate?"),
        ABSTAIN("What is Sentinel Ridge charging Smoky Hill?"),
    ],
})

# ---------------------------------------------------------------------------
# 4. Harborline Savings Bank (mid_market, NH seacoast, 14 branches + 2 data centers)
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "record": {
        "id": "acc-harborline",
        "name": "Harborline Savings Bank",
        "owner_id": E,
        "arr": 260000,
        "segment": "mid_market",
        "industry": "Savings Bank (mutual holding company)",
        "territory": "New England",
        "renewal_date": "2027-03-31",
        "contract_notes": P("""Annual term under the 2021 MSA, renewing each April 1. Monitoring for 14
            branches plus the Portsmouth primary and Dover DR data centers; 380 phishing seats; Examiner
            Packet with custom quarterly board reporting ($7,500 line). 5% loyalty discount applied each
            year since 2021 at Palisade's discretion. Liability cap: 1x annual fees."""),
        "contacts": [
            contact("c-hl-kit", "Catherine Lindqvist", "President & CEO", "kit.lindqvist@harborlinesb.test",
                    "+1 603 555 0100", "economic_buyer", "through Michael Abernathy", 2,
                    """Goes by Kit. Prefers not to hear from vendors directly."""),
            contact("c-hl-michael", "Michael Abernathy", "EVP & Chief Risk Officer",
                    "michael.abernathy@harborlinesb.test", "+1 603 555 0112", "decision_maker", "email", 3,
                    """Formal; never texts. Reports to the board risk committee quarterly."""),
            contact("c-hl-sunita", "Sunita Rao", "VP Information Security", "sunita.rao@harborlinesb.test",
                    "+1 603 555 0125", "champion", "Signal", 5,
                    """Signal for quick questions, email for anything on the record."""),
            contact("c-hl-greg", "Greg Fenwick", "Director of IT Infrastructure", "greg.fenwick@harborlinesb.test",
                    "+1 603 555 0133", "blocker", "phone", 2,
                    """Owns both data centers. Must be telephoned before any server isolation at Dover or
                    Portsmouth."""),
            contact("c-hl-paula", "Paula Devereaux", "Director of Internal Audit",
                    "paula.devereaux@harborlinesb.test", "+1 603 555 0140", "influencer", "email", 3,
                    """Samples our alert tickets each quarter for control testing."""),
            contact("c-hl-owen", "Owen Tierney", "Security Analyst", "owen.tierney@harborlinesb.test",
                    "+1 603 555 0147", "user", "chat", 4,
                    """Day-to-day ticket handling."""),
            contact("c-hl-bea", "Beatrice Harkness", "SVP Human Resources", "bea.harkness@harborlinesb.test",
                    "+1 603 555 0151", "user", "email", 3,
                    """Runs the security champions program with the phishing results."""),
        ],
        "opportunities": [
            opp("o-hl-renewal", "Renewal FY2027", "commit", 268000, "2027-03-31",
                """Respond to the redline from Dunmore Pike LLP (Michael's outside counsel) on the
                limitation of liability clause"""),
            opp("o-hl-tabletop", "Ransomware tabletop program", "proposal", 18000, "2027-01-15",
                "Sunita to confirm a date for the first tabletop"),
        ],
        "activities": [
            act("a-hl-001", "meeting", "2026-03-10T15:00:00Z", E, ["c-hl-kit", "c-hl-michael"], None,
                "Spring meeting with Kit and Michael",
                """Annual relationship meeting in Portsmouth, in the boardroom on the fourth floor. Kit
                opened with the bank's strategic plan: a refresh of six branches over two years, a new
                commercial lending team in Dover, and continued investment in digital banking. She was
                warm about the service and thanked us for the board reporting. Michael focused on vendor
                risk and asked for our updated insurance certificates, our cyber policy limits, and the
                latest penetration test summary for our own platform. Discussed the 2027 pricing approach in general terms; no change to the
                structure expected. Michael signalled that liability terms would be on the agenda at
                renewal. Kit left after forty minutes; Michael stayed to walk through the risk committee
                calendar for the year."""),
            act("a-hl-002", "email", "2026-04-14T14:00:00Z", E, ["c-hl-sunita"], "outbound",
                "Q1 board threat briefing",
                """Sunita, attached is the Q1 threat briefing for the board risk committee, with your name on
                the cover as agreed. Marta from our threat intelligence team can join by video if the
                committee has questions. Eleanor"""),
            act("a-hl-003", "chat", "2026-05-20T13:30:00Z", E, ["c-hl-greg"], "inbound",
                "Replication window",
                """Greg: reminder the DR replication test is the first Saturday of every month, 1 to 5
                a.m. Your allow-list had better cover Dover for that whole window. Call me, don't email,
                if anything looks wrong."""),
            act("a-hl-004", "email", "2026-06-02T15:10:00Z", E, ["c-hl-bea"], "inbound",
                "Security champions program",
                """Eleanor, we are launching our security champions program: one champion per branch, 14 in
                all, chosen from staff with the best record on your simulations. Each champion who reports
                a simulated phish within ten minutes gets a $50 gift card, funded from the HR recognition
                budget. Could your team send me a monthly list of fastest reporters? Bea"""),
            act("a-hl-005", "meeting", "2026-06-25T14:00:00Z", E,
                ["c-hl-sunita", "c-hl-owen", "c-hl-greg", "c-hl-paula"], None,
                "Q2 business review",
                """Attendees: Sunita, Owen, Greg (first half only), Paula; Eleanor and Sam Okafor for
                Palisade. Monitoring: 11,820 alerts in the quarter, 64 escalations, two confirmed
                incidents (a compromised vendor mailbox and a contractor laptop with an infostealer), both
                contained. Response: mean time to respond fell from 41 minutes in Q1 to 29 minutes in Q2,
                which Sunita will present to the risk committee. Data centers: Greg confirmed the Dover
                allow-list worked for the May and June replication tests, and asked that we include the
                Portsmouth backup jobs in the same allow-list. Phishing: click rate 5.1%; Bea's champions
                program starts in July. Audit: Paula flagged that she intends to review our alert handling
                next year. Owen asked whether ticket notes could include the analyst's name for audit
                sampling; agreed. Next review in September."""),
            act("a-hl-006", "email", "2026-07-16T13:00:00Z", E, ["c-hl-paula"], "inbound",
                "Planned audit of managed security monitoring",
                """Eleanor, for planning purposes: Internal Audit will review the bank's management of
                Palisade's alert handling in Q1 2027, as part of the vendor oversight cycle. I will send an
                evidence request list in December. In turn, I would appreciate a contact on your side for
                walkthroughs. Paula"""),
            act("a-hl-007", "email", "2026-08-11T14:00:00Z", E, ["c-hl-sunita"], "outbound",
                "Q2 board threat briefing",
                """Sunita, the Q2 briefing for the risk committee is attached, again under your name. It
                includes the response-time trend you asked for. Eleanor"""),
            act("a-hl-008", "chat", "2026-09-08T18:20:00Z", E, ["c-hl-owen"], "inbound",
                "API access",
                """Owen: is there an API for pulling alerts? Would love to get them into our own
                dashboards. Read-only is fine."""),
            act("a-hl-009", "email", "2026-09-29T16:00:00Z", E, ["c-hl-michael"], "inbound",
                "Renewal: proposed changes to limitation of liability",
                """Ms. Whitcombe, please find attached a redline prepared by Caroline Whitby of Dunmore Pike
                LLP, our outside counsel. The principal change is to raise the limitation of liability from
                one times to two times annual fees, with a carve-out for data breaches caused by Palisade's
                negligence. We would like to resolve this well before April 1. Michael Abernathy"""),
            act("a-hl-010", "call", "2026-10-13T17:00:00Z", E, ["c-hl-greg"], None,
                "Call with Greg about the log export",
                """Greg confirmed the raw log export to his bucket (hsb-secops-raw) is still in use and asked
                that it continue through 2027. Current volume is about 40 GB per day. He asked whether we
                could add DNS logs. I said I would check with engineering."""),
            act("a-hl-011", "email", "2026-10-27T15:00:00Z", E, ["c-hl-sunita"], "outbound",
                "Ransomware tabletop proposal",
                """Sunita, attached is the proposal for the ransomware tabletop program: three facilitated
                sessions over 2027 (executive, IT operations, and branch operations), $18,000 in total. Once
                you have a date for the first session we will lock in facilitators. Eleanor"""),
            act("a-hl-012", "note", "2026-11-10T21:00:00Z", E, ["c-hl-sunita", "c-hl-greg"], None,
                "Greg's 2027 budget",
                """Sunita mentioned, off the record, that Greg's 2027 budget request includes two new
                positions titled 'security data engineer'. She believes the request will be approved and
                says the hiring is happening regardless of what is decided at renewal."""),
            act("a-hl-013", "email", "2026-11-16T15:30:00Z", E, ["c-hl-michael"], "outbound",
                "Re: Renewal: proposed changes to limitation of liability",
                """Mr. Abernathy, thank you for the redline. After review with our counsel we can offer a
                limitation of liability of 1.5 times annual fees, with the data-breach carve-out capped at
                $1,000,000. I would welcome a call with you and Ms. Whitby to discuss. Respectfully, Eleanor
                Whitcombe"""),
            act("a-hl-014", "email", "2026-11-24T14:10:00Z", E, ["c-hl-michael"], "inbound",
                "Risk committee date",
                """Ms. Whitcombe, the board risk committee will consider the renewal at its meeting on
                January 21, 2027. I would like the liability terms settled before then. M. Abernathy"""),
        ],
    },
    "interview": {
        "decision_maker": P("""The decision rests with Michael Abernathy, the EVP and Chief Risk Officer.
            Catherine Lindqvist, the President and CEO (she is 'Kit' to everyone, including, after a
            while, to us), formally approves, but she delegates vendor risk entirely to MA and has told me
            so in as many words. What MA personally cares about is, in order: the audit trail, the
            limitation of liability, and how the arrangement will look to the board's risk committee, to
            which he reports quarterly. On the second of those he has been pressing, politely but
            relentlessly, for the cap to move from one times annual fees to two times; his outside
            counsel has already sent a redline to that effect. I would not regard this as a negotiating
            posture. MA genuinely believes that a one-times cap is inadequate for a vendor with our
            access, and I think, privately, that he is not entirely wrong."""),
        "champion": P("""Sunita Rao, the VP of Information Security, is our champion and, I would say, a
            genuine friend of the account. I promised SR a dedicated threat briefing each quarter,
            prepared specifically for the board risk committee, delivered by one of our senior analysts,
            with her name on the cover page rather than ours; we have done two so far. What she needs to
            look good internally is evidence that the security function is improving measurably, and the
            measure she has chosen is mean time to respond, which she would like to show falling quarter
            on quarter. She is, I believe, positioning herself for a CISO title when Kit retires and the
            executive team is reshuffled, and anything that raises her visibility with the risk committee
            helps her with that."""),
        "hidden_commitments": P("""There are two, and one of them is somewhat awkward. The first is that I
            agreed with Greg Fenwick, the IT director, that we would provide a continuous raw log export
            to a storage bucket he controls, at no charge, so that he could trial his own SIEM alongside
            our service. I agreed to it in 2023 because the alternative seemed to be his recommending
            that the bank leave us; it has continued ever since and is not in the order form. Michael
            Abernathy does not, I believe, know about it. The second is that I told Kit and MA, in a
            meeting last spring, that the five percent loyalty discount would carry into the 2027 term.
            The discount is applied annually at our discretion under the MSA, so it is not strictly a
            contractual right, but they will treat it as one."""),
        "history_sensitivities": P("""In October 2025 our automated ransomware response isolated a server
            at the Dover disaster recovery site during the bank's monthly replication test, because the
            burst of file writes looked, to the model, very much like encryption. The isolation itself
            was brief, about twenty minutes, but it broke the replication job, and the bank had to re-run
            a weekend's work. Greg Fenwick was furious, and not without justification: he had told us
            about the test schedule. It was resolved with an allow-list for the replication windows and a
            rule, now in the runbook, that GF must be telephoned before any server at Dover or Portsmouth
            is isolated. The sensitive topics are, first, the isolation itself, which GF still cites as
            proof that an outside SOC cannot know his environment, and second, his in-house SIEM
            ambitions, which I would never mention in front of Michael or Kit."""),
        "pricing_story": P("""The $260,000 is built from three parts: monitoring for fourteen branches and
            the two data centers, which is the bulk; 380 phishing seats; and the Examiner Packet, which
            here includes a custom quarterly board report priced as a separate line of $7,500. That line
            exists because MA wanted the board reporting in the bank's own risk taxonomy rather than
            ours, and it takes our team a couple of days each quarter. On top of this sits a five percent
            loyalty discount that we have applied each year since the MSA was signed in 2021, originally
            as a gesture when they moved from three-year to annual terms. The structure is therefore
            annual, lightly discounted, and rather more bespoke than its size would suggest."""),
        "unexpected_use": P("""Paula Devereaux, who directs internal audit, uses our alert tickets as
            evidence in her own internal control testing; she samples them each quarter and traces them
            through to resolution, which means our ticket notes are, in effect, audit workpapers. I would
            encourage our analysts to write them with that in mind. The second unexpected use comes from
            Beatrice Harkness in HR, who uses the phishing results to choose staff for a 'security
            champions' program, one per branch, with a small reward for those who report simulations
            promptly. It is a rather positive use, and quite the opposite of what one usually worries
            about."""),
        "channels_surprises": P("""Kit should be approached only through Michael Abernathy; she has said she
            prefers not to hear from vendors directly, and MA prefers it that way as well. MA himself
            wants formal email, never a text message, and he reads everything twice. Sunita uses Signal
            for anything quick and email for anything on the record. Greg Fenwick prefers the telephone
            and dislikes long email threads, which he regards, not entirely unfairly, as a way of building
            a case against him. Paula wants email with attachments she can file. On surprises: MA must
            always hear anything significant before Kit does, because he will be asked about it; and GF
            must never be surprised by any action in his data centers. Those two rules have kept the
            account steady for three years."""),
        "org_changes": P("""Kit Lindqvist has announced, internally, that she will retire in June 2027, and
            the board has begun a search. Michael Abernathy is widely regarded as the internal candidate,
            which, if it happens, would make our decision-maker the CEO and leave the risk function to
            someone new. Separately, Greg's 2027 budget request includes two positions described as
            'security data engineers', which I read as the staffing for an in-house SIEM. And the mutual
            holding company has been discussing a second-step conversion, that is, selling shares to the
            public, which would bring a new level of scrutiny to every vendor relationship, including
            ours. None of these has been formally communicated to us."""),
        "warning_signs": P("""In 2023 Greg Fenwick circulated a memo, internally, titled (as I recall it)
            'Options for in-house security monitoring', and within two months the bank had asked for the
            log export I described elsewhere; what began as a trial became permanent. I regard that memo
            as the best precedent for what may happen next. The other early sign is Paula Devereaux's
            audit requests: before each renewal, her requests for evidence from us roughly double,
            because MA asks her to assess the vendor before he signs. That is ordinary, but a sharp rise
            earlier than usual would suggest that a decision is being prepared. Finally, Owen Tierney, the
            analyst, asked in September for API access to our alerts; that could be innocent, but it is
            exactly what one would need to feed another system."""),
        "renewal_risk": P("""The stated reason, if the renewal slips past April, will be the liability
            negotiation: MA will say that the bank cannot sign until the cap is resolved, and his counsel
            will be slow. That will be true as far as it goes. The real reason, I suspect, will be Greg's
            in-house SIEM. If the two engineers are funded, GF will argue that the bank can bring
            monitoring in-house for the branches and keep us, at most, for after-hours coverage, and he
            will have a year of our own raw logs to demonstrate it. I would resolve the cap early, even at
            some cost, so that the renewal is not held open long enough for that argument to mature."""),
    },
    "questions": [
        Q("who's the real decision maker at Harborline and what's his hot button?",
          ["i:decision_maker", "c:c-hl-michael"], ["Abernathy", "liability"], "interview"),
        Q("What's the under-the-table log thing we do for the infrastructure guy?",
          ["i:hidden_commitments", "a:a-hl-010"], ["no charge"], "paraphrase"),
        Q("what's the Dover thing the data center guy is still mad about",
          ["i:history_sensitivities"], ["replication"], "interview"),
        Q("Why is there a random 7.5k line on their invoice?",
          ["i:pricing_story", "acc:acc-harborline"], ["board report"], "paraphrase"),
        Q("Do they keep getting the 5% off next year or is that up for grabs?",
          ["i:hidden_commitments", "i:pricing_story", "acc:acc-harborline"], ["loyalty discount"], "paraphrase"),
        Q("what do the security champs actually get for reporting the fake phish?",
          ["a:a-hl-004", "i:unexpected_use"], ["gift card"], "record"),
        Q("How fast are we responding for them now, like the MTTR number?",
          ["a:a-hl-005"], ["29 minutes"], "middle"),
        Q("Who's the lawyer on the risk guy's side for the contract markup?",
          ["a:a-hl-009", "o:o-hl-renewal"], ["Dunmore Pike"], "record"),
        Q("what did we counter with on the liabilty cap",
          ["a:a-hl-013"], ["1.5"], "record"),
        Q("Is Kit on her way out? when?",
          ["i:org_changes"], ["June 2027"], "interview"),
        ABSTAIN("When is the ransomware tabletop happening?"),
        ABSTAIN("What did Paula's audit of our alert handling find?"),
    ],
})

# ---------------------------------------------------------------------------
# 5. Lakeshore Educators Credit Union (mid_market, Michigan, 28 branches)
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "record": {
        "id": "acc-lakeshore",
        "name": "Lakeshore Educators Credit Union",
        "owner_id": E,
        "arr": 410000,
        "segment": "mid_market",
        "industry": "Credit Union",
        "territory": "Midwest",
        "renewal_date": "2027-09-30",
        "contract_notes": P("""3-year term, October 2024 to September 2027, with ramped pricing: Y1
            $340,000, Y2 $410,000, Y3 $430,000. 24/7 monitoring for 28 branches and headquarters (Grand
            Rapids); 900 phishing seats; Examiner Packet for NCUA and Michigan DIFS. Most-favored-customer
            clause on the per-seat phishing price."""),
        "contacts": [
            contact("c-ke-renee", "Renee Blackwood", "President & CEO", "renee.blackwood@lakeshoreecu.test",
                    "+1 616 555 0100", "economic_buyer", "in person (quarterly executive breakfast)", 2,
                    """Does not take vendor calls. Seen at the quarterly executive breakfast arranged by
                    Victor."""),
            contact("c-ke-victor", "Victor Osei", "Chief Information Officer", "victor.osei@lakeshoreecu.test",
                    "+1 616 555 0111", "decision_maker", "Microsoft Teams", 3,
                    """Short Teams messages only. Came up through infrastructure."""),
            contact("c-ke-janelle", "Janelle Park", "Chief Information Security Officer",
                    "janelle.park@lakeshoreecu.test", "+1 616 555 0163", "champion", "phone", 5,
                    """Cell is fine in the evenings."""),
            contact("c-ke-frank", "Frank DiSalvo", "Chief Financial Officer", "frank.disalvo@lakeshoreecu.test",
                    "+1 616 555 0105", "influencer", "email", 3,
                    """Retiring; last day March 31, 2027."""),
            contact("c-ke-tom", "Tom Ventura", "Director of Infrastructure", "tom.ventura@lakeshoreecu.test",
                    "+1 616 555 0128", "user", "email", 3,
                    """Reviews and locks every phishing target list. Owns the building management
                    network."""),
            contact("c-ke-leah", "Leah Gutierrez", "Chief Compliance & Risk Officer",
                    "leah.gutierrez@lakeshoreecu.test", "+1 616 555 0119", "influencer", "email", 3,
                    """Handles member privacy complaints and NCUA / DIFS examinations."""),
            contact("c-ke-marcus", "Marcus Webb", "Procurement Manager", "marcus.webb@lakeshoreecu.test",
                    "+1 616 555 0136", "blocker", "procurement portal (Coupa)", 2,
                    """Everything commercial in writing through the portal."""),
            contact("c-ke-shauna", "Shauna Kim", "Learning & Development Manager", "shauna.kim@lakeshoreecu.test",
                    "+1 616 555 0144", "user", "email", 4,
                    """Runs staff training and supplies target groups for phishing campaigns."""),
            contact("c-ke-pryce", "Dr. Alan Pryce", "Board Chair", "apryce.board@lakeshoreecu.test",
                    "+1 616 555 0190", "other", "none (do not contact)", 1,
                    """Retired school superintendent. Never contact directly."""),
        ],
        "opportunities": [
            opp("o-ke-renewal", "Renewal FY2027-2030", "discovery", 450000, "2027-09-30",
                "Procurement kickoff with Marcus Webb; Victor to file the RFP waiver request"),
            opp("o-ke-ot", "Building systems (OT) monitoring pilot", "proposal", 25000, "2027-01-31",
                "Tom to provide the Metasys network diagram"),
            opp("o-ke-fraud", "Member fraud awareness campaign", "qualification", 40000, "2027-06-30",
                "Scope with Shauna and Leah; must not resemble a phishing simulation"),
        ],
        "activities": [
            act("a-ke-001", "email", "2026-03-05T15:00:00Z", E, ["c-ke-victor"], "outbound",
                "Holland branch added to monitoring",
                """Victor, per our conversation, the new Holland branch has been added to Palisade Watch
                effective March 9; sensors ship to the branch tomorrow. Eleanor"""),
            act("a-ke-002", "email", "2026-03-06T13:10:00Z", E, ["c-ke-victor"], "inbound",
                "Re: Holland branch added to monitoring",
                """Thanks, as discussed. V"""),
            act("a-ke-003", "note", "2026-04-22T20:00:00Z", E, ["c-ke-shauna", "c-ke-tom", "c-ke-renee"], None,
                "Snow day campaign review: closed",
                """Final review of the January 14 campaign, prepared with Shauna, Tom and Leah. The campaign
                used the 'unexpected closure' template with a snow day lure. The target group supplied by
                Learning & Development contained the alias all-staff-news, which at the time was also
                subscribed to the member newsletter relay; as a result the simulation reached 7,214
                members in addition to 861 staff. Member calls to branches peaked at roughly 900 on
                January 14. A local television station asked for comment the same afternoon. Remediation
                agreed: a joint statement mailing to all affected members, paid for by Palisade; removal
                of the alias from the newsletter relay; and a new control under which every target list
                is locked and reviewed by Tom Ventura before any campaign launches. Shauna's team will no
                longer edit lists after lock. Review closed with Leah's sign-off."""),
            act("a-ke-004", "chat", "2026-05-12T16:00:00Z", E, ["c-ke-janelle"], "inbound",
                "Q1 click rate",
                """Janelle: Q1 click rate 4.8%! Board chart updated. First time under 5."""),
            act("a-ke-005", "call", "2026-07-20T15:00:00Z", E, ["c-ke-tom"], None,
                "Chiller failure follow-up",
                """Tom called to thank the SOC: at 3:10 a.m. on Saturday, July 18 our analyst saw a burst of
                alarms from the Metasys building controller at headquarters, recognised a chiller fault,
                and telephoned Tom, who got the HVAC contractor in before the server room overheated. Tom
                said a cooked server room was the last thing he needed, and that much of the credit goes
                to the analyst. He wants to talk about formal monitoring of the building systems."""),
            act("a-ke-006", "email", "2026-08-17T14:00:00Z", E, ["c-ke-victor"], "outbound",
                "Zeeland branch added to monitoring",
                """Victor, the Zeeland branch is now live in Palisade Watch as of today, on the same basis
                as Holland. Eleanor"""),
            act("a-ke-007", "note", "2026-09-08T18:00:00Z", E, ["c-ke-janelle"], None,
                "SANS course for Janelle's analyst",
                """Paid the SANS invoice for Derek Olsen (Janelle's senior analyst) from the Financial
                Institutions marketing budget: $8,780 for the SEC555 course and exam. Not billed to
                Lakeshore, by design."""),
            act("a-ke-008", "meeting", "2026-09-24T14:00:00Z", E, ["c-ke-victor", "c-ke-janelle", "c-ke-leah"], None,
                "Q3 executive review",
                """Attendees: Victor, Janelle, Leah; Eleanor and Sam Okafor for Palisade. Monitoring: uptime
                of the collection tier 99.97% for the quarter; Victor asked for the two short gaps to be
                explained in writing. Phishing: trend continues down. Examiner Packet: Leah confirmed the
                DIFS exam went well and that the packet's control descriptions were used in member
                complaint responses. Organization: Victor announced the reorg under which information
                security moves from IT to the risk function under Leah from January 2027; Janelle will
                report to Leah. He also said, in passing, that he has been reviewing Microsoft Sentinel
                'as part of the vendor consolidation program'. Janelle said little during this part of the
                meeting. Frank joined for ten minutes at the end to ask about the year-three price and
                whether the ramp could be flattened; I said that would be part of the renewal
                conversation. Next steps: written explanation of the uptime gaps; OT pilot proposal to
                Tom."""),
            act("a-ke-009", "email", "2026-10-06T15:00:00Z", E, ["c-ke-janelle"], "inbound",
                "Fwd: Great Lakes Credit Union Security Forum: abstract accepted",
                """Forwarded by Janelle. 'We are pleased to accept "From 19% to under 5%: a phishing program
                for an educator credit union", co-presented by Lakeshore Educators CU and Palisade. Your
                session is scheduled for May 13, 2027, in Grand Rapids.'"""),
            act("a-ke-010", "chat", "2026-10-19T21:30:00Z", E, ["c-ke-janelle"], "inbound",
                "Q3 click rate",
                """Janelle: Q3 came in at 4.6%. Going on the board chart tomorrow."""),
            act("a-ke-011", "email", "2026-10-30T14:30:00Z", E, ["c-ke-marcus"], "inbound",
                "Renewal process",
                """Ms. Whitcombe, Lakeshore policy requires a competitive RFP for any contract above
                $250,000 per year. If the CIO wishes to request a waiver for the Palisade renewal, the
                waiver must be filed through Coupa by March 1, 2027 and approved by the CFO. Please send
                all pricing correspondence through the portal. Marcus Webb, Procurement"""),
            act("a-ke-012", "email", "2026-11-04T16:00:00Z", E, ["c-ke-frank"], "inbound",
                "Retirement",
                """Eleanor, a personal note to let you know that I will retire on March 31, 2027. My
                successor will start in February so that we overlap, and I feel the finance team will be
                in good hands. It has been a pleasure. Frank"""),
            act("a-ke-013", "email", "2026-11-12T15:00:00Z", E, ["c-ke-leah"], "outbound",
                "Quoting control descriptions in member letters",
                """Leah, confirming that Lakeshore may quote the Examiner Packet's control descriptions in
                letters responding to member privacy complaints, provided Palisade is not named as the
                author. Eleanor"""),
            act("a-ke-014", "note", "2026-11-18T19:00:00Z", E, ["c-ke-victor"], None,
                "Thumb Area Teachers CU merger approved",
                """The merger with Thumb Area Teachers Credit Union has received regulatory approval. It
                adds four branches: Bad Axe, Caro, Sandusky and Cass City. Need to raise monitoring of
                these with Victor."""),
            act("a-ke-015", "email", "2026-11-25T15:00:00Z", E, ["c-ke-tom"], "outbound",
                "OT monitoring pilot: next step",
                """Tom, to scope the building systems pilot we need the network diagram for the Metasys
                controllers at headquarters and the two largest branches. Eleanor"""),
        ],
    },
    "interview": {
        "decision_maker": P("""Renee Blackwood, the President and CEO, signs, but she has delegated
            technology decisions to Victor Osei, the CIO, and she does not, in my experience, overrule
            him. VO is therefore the decision-maker, with one important qualification: Marcus Webb in
            procurement must run a formal RFP for any contract above $250,000 unless VO files a waiver,
            and the waiver must be approved by the CFO. What VO personally cares about is, first, uptime
            (he came up through infrastructure and judges everything by whether it ever caused an
            outage), and second, his own program of reducing the number of vendors in each technology
            domain to, as he puts it, 'three or fewer'. He is courteous and unsentimental. I do not think
            he has any particular attachment to us; he renewed last time because the alternative was a
            migration during a core conversion, and he disliked that idea more than he disliked our
            price."""),
        "champion": P("""Janelle Park, the CISO, is our champion, and a very capable one. I promised JP two
            things. The first was that we would co-present with her at the Great Lakes Credit Union
            Security Forum in Grand Rapids next May, on the phishing program; the abstract was accepted
            in October. The second, which is less formal, is that we would pay for a SANS training course
            for one of her analysts, which I arranged through our marketing budget so that it would not
            appear on their invoice. What JP needs in order to look good internally is the phishing
            click-rate trend, which has fallen from nineteen percent at the start of the contract to
            under five percent; she shows that chart at every board meeting, and the board, to its
            credit, has begun to expect it. Anything that threatens the trend, including a change of
            templates, should be discussed with her first."""),
        "hidden_commitments": P("""Three, I think. The first is the SANS course I mentioned when speaking
            of Janelle, paid from our marketing budget; the invoice came to us in September. The second is
            a verbal agreement with Victor Osei that any branch opened during the term would be added to
            monitoring at no charge until the renewal. They opened two in 2026, at Holland and Zeeland,
            and both are being monitored without any change to the fee. The third is that, after the
            January campaign (about which more elsewhere), I told Renee that we would not run any
            campaign that impersonates a school district, since so many of their members and staff are
            teachers and it lands too close to home. None of these is written down beyond my own notes
            and, in the second case, an email from VO that says only 'thanks, as discussed'."""),
        "history_sensitivities": P("""The snow day campaign, in January of this year. We ran a phishing
            simulation with a lure announcing an unexpected closure for snow, which is a perfectly
            ordinary template for a credit union whose members are teachers; unfortunately, the target
            list that Shauna Kim's team supplied included a distribution alias that reached roughly seven
            thousand members through the member newsletter system. Members called the branches, a local
            television station asked questions, and Dr. Alan Pryce, the board chair, heard about it from
            a reporter before he heard it from Renee. It was resolved with a joint statement to members,
            which we paid for, a full review, and a new control: every target list is now locked and
            reviewed by Tom Ventura before any campaign launches. It remains acutely sensitive with RB
            and the board. I would not use the phrase 'snow day' in front of either, and you should be
            aware that SK still feels she was blamed for it."""),
        "pricing_story": P("""The pricing is ramped: $340,000 in the first year, $410,000 in the second,
            which is where we are now, and $430,000 in the third. The ramp existed because, in year one,
            Lakeshore was still paying an exit fee to their previous provider, and Frank DiSalvo, the CFO,
            would not approve an increase in the combined spend for that year. The other unusual feature
            is a most-favored-customer clause on the per-seat phishing price, which Marcus Webb insisted
            upon; it means that if we sell phishing seats to a comparable credit union for less,
            Lakeshore is entitled to the lower rate. I would be careful about any deep phishing discount
            elsewhere in the region for that reason. The Examiner Packet covers both NCUA and the state
            regulator, which adds some work for our team, but it was priced in from the outset."""),
        "unexpected_use": P("""The headquarters building's heating and cooling system, a building
            management controller on their network, was throwing alerts into our monitoring from the
            beginning, and rather than suppress them our analysts began to watch them; when a chiller
            failed one weekend last summer, it was our SOC who called Tom Ventura. From that grew the
            building systems pilot now in the pipeline. The second use is Leah Gutierrez's: she uses the
            Examiner Packet's control descriptions to answer member complaints about data privacy,
            quoting them, with our permission, in letters. Neither was designed for, and both are, in
            their way, a compliment to the service and to the people who run it."""),
        "channels_surprises": P("""Renee should be seen only at the quarterly executive breakfast, which
            Victor arranges; she does not take calls from vendors. VO prefers short Teams messages and
            will ignore anything over a paragraph. Janelle is happy to be telephoned on her cell,
            including in the evenings. Frank wants email. Marcus Webb insists that anything touching
            price or terms go through the procurement portal, in writing, and he has been known to
            disregard commitments made anywhere else. Dr. Pryce must never be contacted directly by us,
            under any circumstances. As to surprises, the two people who must never be surprised are
            Marcus, on anything commercial, and Renee, on anything that could reach the press; since
            January the second rule has been absolute."""),
        "org_changes": P("""There are three. Frank DiSalvo, the CFO, is retiring, and I understand his
            replacement will come from a bank rather than from the credit union world, which will change
            the tone of the financial conversations. Second, Victor has announced a reorganization under
            which information security moves out of IT and into the risk function under Leah Gutierrez,
            beginning in January 2027; Janelle will report to LG rather than to VO. I do not know how JP
            feels about it, and I have been careful not to ask. Third, the merger with Thumb Area Teachers
            Credit Union has been approved, adding four small branches, which under my verbal arrangement
            with VO would be monitored at no charge until renewal, something I would raise with him
            before the merger closes, not after."""),
        "warning_signs": P("""Before the 2024 renewal there were three signs that, looking back, were quite
            legible. Marcus Webb issued a request for information to four providers without telling us;
            we learned of it from one of them. Victor stopped replying to Teams messages for about a
            month, which for him is a strong signal. And Tom Ventura asked for a complete export of the
            detection rules we had deployed, which in retrospect was for the RFI responses. Each preceded
            the hard negotiation that produced the ramp. I would watch for any of these again, and
            especially for the rule export request, since it is the one that arrives with the most
            innocent explanation."""),
        "renewal_risk": P("""The stated reason will be procurement policy: Marcus will say the contract
            exceeds the RFP threshold and a waiver cannot be justified. The real reason will be more
            political. Under the reorganization Janelle will report to Leah, and Victor, who will no
            longer own security, may be quite content to let procurement run an open process,
            particularly since he has been talking to Microsoft about consolidating security tooling
            under Sentinel with a partner to run it. If the waiver is filed by VO before the
            reorganization takes effect, we have a reasonable chance; if not, I think an RFP is likely,
            and with it a price conversation we will not enjoy."""),
    },
    "questions": [
        Q("At Lakeshore does the CEO actually make the call or is it the tech chief?",
          ["i:decision_maker", "c:c-ke-victor"], ["Victor Osei"], "interview"),
        Q("what perks did Eleanor hook Janelle up with?",
          ["i:champion", "i:hidden_commitments", "a:a-ke-007"], ["SANS"], "paraphrase"),
        Q("How much did that training freebie end up costing us?",
          ["a:a-ke-007"], ["8,780"], "record"),
        Q("are we seriously monitoring their new branches for free??",
          ["i:hidden_commitments", "i:org_changes"], ["no charge"], "paraphrase"),
        Q("What happened with the snow day blowup, and what's the guardrail now?",
          ["i:history_sensitivities", "a:a-ke-003"], ["locked"], "mixed"),
        Q("Why does their price go up every year?",
          ["i:pricing_story", "acc:acc-lakeshore"], ["exit fee"], "paraphrase"),
        Q("whats the deadline for that RFP waiver thingy",
          ["a:a-ke-011"], ["March 1, 2027"], "record"),
        Q("the HVAC story - did our SOC really catch a broken AC unit at HQ?",
          ["i:unexpected_use", "a:a-ke-005"], ["chiller"], "paraphrase"),
        Q("When's the money guy's last day?",
          ["c:c-ke-frank", "a:a-ke-012"], ["March 31, 2027"], "record"),
        Q("What's the latest click rate number Janelle has been showing off?",
          ["a:a-ke-010", "i:champion"], ["4.6%"], "record"),
        ABSTAIN("How does Janelle feel about the reorg?"),
        ABSTAIN("How much did we pay for the member mailing after the snow day thing?"),
    ],
})

# ---------------------------------------------------------------------------
# 6. Meridian Valley Bancorp (enterprise, regional bank holding company, 3 charters)
# ---------------------------------------------------------------------------
ACCOUNTS.append({
    "record": {
        "id": "acc-meridian",
        "name": "Meridian Valley Bancorp",
        "owner_id": E,
        "arr": 900000,
        "segment": "enterprise",
        "industry": "Regional Bank Holding Company",
        "territory": "Pacific Northwest",
        "renewal_date": "2027-05-31",
        "contract_notes": P("""Enterprise MSA (2023); 3-year order form June 2024 to May 2027. 24/7
            monitoring for 62 branches across three charters (Meridian Valley Bank, Snake River Trust
            Company, Cascadia Business Bank); 2,400 phishing seats; Examiner Packet per charter (OCC,
            FDIC, Oregon DFR); advisory services. 12% multi-year discount. Liability cap $1,000,000.
            Customer may terminate on 45 days' notice if critical-alert acknowledgement exceeds 15 minutes
            three or more times in a calendar quarter."""),
        "contacts": [
            contact("c-mv-bob", "Robert Halvorsen", "Chairman & CEO, Meridian Valley Bancorp",
                    "robert.halvorsen@meridianvalley.test", "+1 503 555 0100", "economic_buyer",
                    "through Dana Whitfield", 2,
                    """Goes by Bob. Never contacted directly by vendors."""),
            contact("c-mv-dana", "Dana Whitfield", "EVP & Chief Information Security Officer",
                    "dana.whitfield@meridianvalley.test", "+1 503 555 0112", "decision_maker", "email", 4,
                    """Standing one-to-one on Thursdays at 8:30 a.m. Pacific."""),
            contact("c-mv-ken", "Ken Matsuda", "SVP Security Operations", "ken.matsuda@meridianvalley.test",
                    "+1 503 555 0127", "champion", "Slack Connect (#mvb-palisade)", 5,
                    """Fastest in the shared Slack Connect channel. Receives the monthly metrics pack on the
                    second business day of each month."""),
            contact("c-mv-gloria", "Gloria Estrada", "EVP & Chief Financial Officer",
                    "gloria.estrada@meridianvalley.test", "+1 503 555 0105", "influencer", "email", 2,
                    """Engages mainly at quarter-end. Member of the Security Steering Committee."""),
            contact("c-mv-peter", "Peter Lang", "SVP Vendor Management & Procurement",
                    "peter.lang@meridianvalley.test", "+1 503 555 0140", "blocker",
                    "formal letter via vendor management portal", 1,
                    """Member of the Security Steering Committee. Keeps a file on the May 2026 SLA
                    breach."""),
            contact("c-mv-amara", "Amara Okonkwo", "Chief Risk Officer", "amara.okonkwo@meridianvalley.test",
                    "+1 503 555 0118", "influencer", "meeting with an agenda", 3,
                    """Member of the Security Steering Committee."""),
            contact("c-mv-josh", "Josh Whitaker", "Security Engineering Manager",
                    "josh.whitaker@meridianvalley.test", "+1 503 555 0133", "user", "Slack Connect", 4,
                    """Works with our detection engineers on custom rules."""),
            contact("c-mv-lisa", "Lisa Tran", "Head of Technology, Snake River Trust Company",
                    "lisa.tran@snakerivertrust.test", "+1 208 555 0150", "user", "phone", 3,
                    """Trust operations team watches our after-hours alerts."""),
            contact("c-mv-rick", "Rick Dunning", "President, Cascadia Business Bank",
                    "rick.dunning@cascadiabb.test", "+1 360 555 0170", "other", "email", 2,
                    """Sponsor of the Cascadia branch acquisition."""),
        ],
        "opportunities": [
            opp("o-mv-renewal", "Enterprise renewal 2027-2030", "negotiation", 960000, "2027-05-31",
                "Security Steering Committee readout on January 12; hold pricing until then"),
            opp("o-mv-cascadia", "Cascadia Business Bank: 9 acquired branches", "proposal", 120000,
                "2027-02-28", "Confirm branch go-live dates with Rick Dunning's COO"),
            opp("o-mv-hunt", "Threat hunting retainer", "qualification", 85000, "2027-06-30",
                "Ken to scope hunt hypotheses with Josh"),
        ],
        "activities": [
            act("a-mv-001", "email", "2026-03-02T17:00:00Z", E, ["c-mv-dana"], "outbound",
                "OCC MRA closure plan: evidence from the Examiner Packet",
                """Dana, attached is the evidence map for the OCC matter requiring attention on oversight of
                third-party security monitoring, cross-referenced to the Examiner Packet for each charter.
                Your stated target for closure is June 30, 2027; the map shows what remains to be
                evidenced quarter by quarter. Eleanor"""),
            act("a-mv-002", "meeting", "2026-03-26T17:00:00Z", E,
                ["c-mv-dana", "c-mv-gloria", "c-mv-amara", "c-mv-peter"], None,
                "Security Steering Committee: Q1 vendor review",
                """Presented the Q1 service review to the Security Steering Committee. Dana chaired. Gloria
                asked about the cost trajectory through 2027 and whether the multi-year discount would
                survive a renewal; I said it would be part of the renewal discussion. Amara asked how our
                Examiner Packet differs by charter and was satisfied with the answer. Peter asked for our
                business continuity plan and subcontractor list, both sent the next day. No concerns
                raised about service levels."""),
            act("a-mv-003", "note", "2026-05-08T23:00:00Z", S, ["c-mv-dana", "c-mv-ken"], None,
                "SLA breach analysis: critical alert acknowledgement, May 2026",
                """Prepared by SOC Customer Engineering for the account team and our legal department. During
                the migration of Meridian Valley's log sources to the new SIEM platform, three critical
                alerts were acknowledged outside the 15-minute contractual threshold: on May 4 (22
                minutes), May 6 (31 minutes) and May 7 (18 minutes). All three were later classified as
                benign: a vulnerability scanner, a misconfigured service account, and an authorised
                penetration test. Root cause: duplicate alert queues during cut-over, so analysts were
                watching the legacy queue while critical alerts landed in the new one. The contract allows
                termination on 45 days' notice after three such breaches in a calendar quarter, so the
                threshold has been met. Queue consolidation completed May 8. Recommend proactive disclosure
                to Dana today and a proposal for remedy."""),
            act("a-mv-004", "email", "2026-05-21T16:00:00Z", E, ["c-mv-peter"], "inbound",
                "Formal notice: service level breach",
                """Ms. Whitcombe, this letter, sent through the vendor management portal, records that
                Palisade has failed the critical-alert acknowledgement service level three times in the
                second quarter and that Meridian Valley Bancorp reserves its right to terminate under
                section 9.3 of the order form. Peter Lang, SVP Vendor Management & Procurement"""),
            act("a-mv-005", "email", "2026-06-04T18:00:00Z", E, ["c-mv-dana", "c-mv-peter"], "outbound",
                "Executed waiver letter",
                """Dana, Peter: attached is the executed letter under which Meridian Valley waives its
                termination right for the May occurrence, in exchange for a service credit of $45,000 on
                the July invoice and Palisade's commitment to enhanced staffing for the account. Thank you
                both for the constructive way this was handled. Eleanor"""),
            act("a-mv-006", "chat", "2026-06-30T22:00:00Z", E, ["c-mv-ken"], "inbound",
                "Detection engineering hours Q2",
                """Ken: your team logged 38 of the 40 detection engineering hours for Q2, mostly on the wire
                rules. Good stuff. Can we push the trust rules next quarter?"""),
            act("a-mv-007", "call", "2026-07-09T18:00:00Z", E, ["c-mv-lisa"], None,
                "Call with Lisa Tran",
                """Lisa described how the trust operations team uses our after-hours authentication alerts:
                on July 2 an alert on a beneficiary's online account at 11:40 p.m., followed by a
                distribution request, led them to hold a fraudulent distribution of $212,000 from a trust
                account. She would like the alerts formatted for her team rather than for IT."""),
            act("a-mv-008", "email", "2026-08-04T15:00:00Z", E, ["c-mv-ken"], "outbound",
                "July metrics pack",
                """Ken, the July metrics pack is attached: mean time to detect 6.4 minutes, mean time to
                acknowledge critical alerts 4.1 minutes, no breaches of the 15-minute threshold since May.
                Eleanor"""),
            act("a-mv-009", "chat", "2026-09-03T16:30:00Z", E, ["c-mv-ken"], "inbound",
                "Sync cadence",
                """Ken: going to move our weekly sync to every other week for a while, calendar is
                brutal. Nothing to read into it."""),
            act("a-mv-010", "meeting", "2026-09-17T16:00:00Z", E, ["c-mv-dana", "c-mv-ken", "c-mv-josh"], None,
                "Quarterly security review",
                """Attendees: Dana, Ken, Josh; Eleanor and Sam Okafor for Palisade. Metrics: acknowledgement
                times well inside the service level since May; Dana asked for the staffing plan promised
                in the waiver letter and was told names would follow. Detection engineering: Josh
                presented the new wire-transfer rules built with our team. People: Dana told us the bank
                has hired a new Chief Technology Officer, Arjun Mehta, from a West Coast fintech, who
                starts on October 5 and will sit on the Steering Committee from January. Dana said he is
                'very Microsoft'. HR: Dana mentioned that the three-strikes phishing policy is now in
                effect. Cascadia: the acquisition of nine branches is on track; Rick Dunning's
                team owns the cut-over schedule. Ken asked that the monthly metrics pack add a trust-only
                view for Lisa Tran's team. Josh raised the threat hunting retainer and will draft
                hypotheses. Next review in December."""),
            act("a-mv-011", "email", "2026-10-08T15:00:00Z", E, ["c-mv-peter"], "inbound",
                "Request for documents",
                """Ms. Whitcombe, in preparation for the renewal, please provide through the portal by
                October 30: your current SOC 2 bridge letter; your exit plan describing the transfer of
                monitoring to a successor provider; and your subcontractor list. Peter Lang"""),
            act("a-mv-012", "email", "2026-10-22T16:00:00Z", E, ["c-mv-rick"], "outbound",
                "Cascadia branches: onboarding plan",
                """Rick, thank you for the time. For the nine acquired branches we will need go-live dates
                per branch from your COO, network diagrams, and the staff list for phishing enrolment;
                your team estimates 310 staff. We can have monitoring live within around three weeks of each
                branch's network cut-over. Eleanor"""),
            act("a-mv-013", "note", "2026-11-02T20:00:00Z", E, ["c-mv-josh"], None,
                "Ironclad and the new CTO",
                """Josh mentioned, informally, that Ironclad Secure met Arjun Mehta on October 28 to present
                a Microsoft Sentinel-based managed service. Josh did not know whether Ironclad is
                bidding on the renewal or whether pricing was discussed."""),
            act("a-mv-014", "email", "2026-11-12T17:00:00Z", E, ["c-mv-gloria"], "inbound",
                "2027 reforecast",
                """Eleanor, for your planning: the 2027 reforecast reduces the technology budget by 8%,
                including security. We would expect any renewal proposal to hold 2027 pricing flat.
                Gloria"""),
            act("a-mv-015", "email", "2026-11-19T16:00:00Z", E, ["c-mv-dana"], "outbound",
                "Steering Committee readout and staffing",
                """Dana, confirming that the Steering Committee readout is now January 12. On staffing, our
                SOC leadership expects to confirm the analysts going onto your account in December. I
                will send the names as soon as I have them. Eleanor"""),
            act("a-mv-016", "chat", "2026-11-25T18:00:00Z", E, ["c-mv-josh"], "inbound",
                "Hunt hypotheses",
                """Josh: first cut of hunt hypotheses for the retainer: dormant service accounts, trust
                portal session hijack, after-hours wire templates. Ken will prioritise."""),
        ],
    },
    "interview": {
        "decision_maker": P("""The decision belongs to Dana Whitfield, the EVP and Chief Information
            Security Officer; but because the renewal exceeds half a million dollars, it must be approved
            by the Security Steering Committee, which consists of DW, Gloria Estrada (the CFO), Amara
            Okonkwo (the Chief Risk Officer) and Peter Lang, who runs vendor management. Robert
            Halvorsen, the Chairman and CEO, sees it only if the committee cannot agree, and I have worked
            hard to keep it that way. What DW personally cares about is closing the matter requiring
            attention that the OCC raised in its 2025 examination, concerning oversight of third-party
            security monitoring. She has committed to her board to close it by the end of the second
            quarter of 2027, which conveniently coincides with our renewal, and she regards our Examiner
            Packet as her principal evidence. If you can help her close that item, the rest of the
            decision will, I think, largely take care of itself."""),
        "champion": P("""Ken Matsuda, the SVP of Security Operations, is our champion. I promised KM forty
            hours per quarter of detection engineering from our team, to build rules specific to their
            wire and trust environments; this is referred to in the order form only as 'advisory
            services', so the hours are not really written down anywhere. He also, and I say this with
            affection, wants very much to become Deputy CISO when the role is created next year, and what
            he needs for that is a credible set of metrics, mean time to detect in particular, that he can
            present to the Steering Committee as his own achievement. Our monthly metrics pack is built
            for him. I would encourage you to keep it arriving on the second business day of each month
            without fail; he notices."""),
        "hidden_commitments": P("""There are three, and I would rank them by danger. The most significant is
            that, in the settlement after the May breach, I told Dana Whitfield that by the first quarter
            of 2027 we would assign a dedicated pod of four named analysts to the account. It is referred
            to in the waiver letter only as 'enhanced staffing', and our SOC leadership has agreed in
            principle but has not yet named anyone. Second, I agreed with Ken that the per-seat phishing
            price of eleven dollars would apply to the staff of the nine branches Cascadia is acquiring,
            although our current list is fourteen. Third, and smaller, is the forty hours of detection
            engineering I described in connection with Ken. If the pod is not in place by March, expect
            DW to raise it, and Peter Lang to write it down."""),
        "history_sensitivities": P("""In May of this year, during our migration to a new SIEM platform, we
            exceeded the fifteen-minute acknowledgement threshold for critical alerts three times in the
            quarter, which technically gave the bank the right to terminate on forty-five days' notice.
            None of the three alerts was a real compromise, but that was beside the point. We resolved it
            with what everyone now calls the May letter: the bank waived its termination right for this
            occurrence in return for a credit of $45,000 and the enhanced staffing commitment I
            described. PL keeps the letter and every related email in a file, and he has referred to it,
            in writing, twice since. The sensitive topics are therefore the acknowledgement times, the
            migration, and anything that sounds like our capacity is stretched. I would never describe
            the SOC as 'busy' in their hearing."""),
        "pricing_story": P("""The ARR of about nine hundred thousand reflects a twelve percent multi-year
            discount on a three-year order and, more importantly, the competitive situation in 2024, when
            a rival provider, Ironclad Secure, bid approximately $820,000 for the same scope. We did not
            match it; we came in higher and justified the difference with the per-charter Examiner
            Packet, which Ironclad did not offer, and with the promise of detection engineering for KM.
            The per-charter packet matters because each of the three charters has a different primary
            regulator, the OCC, the FDIC and the Oregon Division of Financial Regulation, and each
            examiner wants the evidence in a different form. I would regard the per-charter packet as the
            feature that keeps the price defensible."""),
        "unexpected_use": P("""The trust company, Snake River Trust, uses our alert feed for something we
            never intended: their operations team, under Lisa Tran, watches our after-hours
            authentication alerts to spot distribution and wire requests initiated outside business
            hours, which they treat as a fraud indicator. It is sensible, and it has apparently stopped
            at least one fraudulent distribution. The less happy use is that the bank's HR function has
            adopted a 'three strikes' policy under which employees who fail three phishing simulations in
            a year are referred for formal discipline. We advised against it in writing, on the ground
            that it discourages reporting; Ken agrees with us, but HR did not change course."""),
        "channels_surprises": P("""Robert Halvorsen is never to be contacted directly; everything reaches him
            through Dana. DW herself prefers email and a standing one-to-one on Thursday mornings, which
            she keeps faithfully. Ken lives in the shared Slack Connect channel with our team and responds
            faster there than anywhere else. Gloria Estrada wants email and really only engages at
            quarter-end. Peter Lang insists on formal letters through the vendor management portal;
            anything sent to him informally is, in his view, not sent. Amara Okonkwo prefers a meeting
            with an agenda. Lisa Tran telephones. The two who must never be surprised are Peter Lang, who
            will treat any surprise as a new entry in the May file, and Dana, who must hear of any SLA
            issue from us within the hour."""),
        "org_changes": P("""The most consequential change is the planned consolidation of the Cascadia
            Business Bank charter into Meridian Valley Bank in the third quarter of 2027, which will
            reduce three charters to two and, I expect, prompt Peter Lang to argue that the per-charter
            Examiner Packet should be repriced. Second, the bank has hired a new Chief Technology Officer
            from outside, who I understand has a strong preference for Microsoft's security tooling; I
            have not met this person. Third, Gloria's 2027 reforecast cuts the technology budget by eight
            percent, and security is not exempt. Finally, the Deputy CISO role I mentioned in connection
            with Ken is expected to be created, though whether he gets it is by no means certain."""),
        "warning_signs": P("""Before the 2024 renewal, Peter Lang requested our SOC 2 bridge letter and,
            unusually, our 'exit plan', meaning the documented procedure for transferring monitoring to
            another provider; that request preceded Ironclad's bid by about six weeks. At the same time,
            Ken moved our weekly operational sync to every other week, which I took at the time as
            workload and now understand as distance. Both have recurred this autumn: PL asked for the exit
            plan again in October, and the sync has been biweekly since September. I would treat the
            combination as a genuine warning rather than coincidence."""),
        "renewal_risk": P("""The stated reason, if it slips, will be the charter consolidation and the
            budget reforecast: the bank will say that it cannot commit to three years of spend while its
            structure is changing and its technology budget is falling by eight percent. The real reason
            will be the May letter and the new CTO. PL regards the breach as evidence that we cannot be
            relied upon at scale, and the CTO would prefer to run detection on Microsoft Sentinel with a
            partner, possibly Ironclad, which has been courting him. What would change the picture, I
            think, is the pod: if four named analysts are visibly in place before the Steering Committee
            meets, DW will have the answer she needs to the reliability question, and PL will have less to
            write in his file."""),
    },
    "questions": [
        Q("At Meridian who actually pulls the trigger on the renewal - is it the CEO?",
          ["i:decision_maker", "c:c-mv-dana"], ["Dana Whitfield", "Steering Committee"], "interview"),
        Q("What's the deal with the May letter, and what did it cost us?",
          ["i:history_sensitivities", "a:a-mv-005"], ["45,000"], "mixed"),
        Q("did we promise Dana some kind of dedicated crew? when is that supposed to be in place?",
          ["i:hidden_commitments"], ["pod", "first quarter of 2027"], "middle"),
        Q("Is there a handshake price on phishing seats for the Cascadia folks?",
          ["i:hidden_commitments"], ["eleven dollars"], "middle"),
        Q("How much did Ironclad bid last time around?",
          ["i:pricing_story"], ["820,000"], "interview"),
        Q("what were the actual response times in May that blew the SLA?",
          ["a:a-mv-003"], ["31 minutes"], "middle"),
        Q("who's the new tech chief and when did he start",
          ["a:a-mv-010", "a:a-mv-013"], ["Arjun Mehta"], "record"),
        Q("How do I reach Ken fastest?",
          ["i:channels_surprises", "c:c-mv-ken"], ["Slack"], "mixed"),
        Q("How much money did the trust folks save thanks to our alerts?",
          ["a:a-mv-007", "i:unexpected_use"], ["212,000"], "record"),
        Q("Can they just walk away if we blow the SLA again? what's the notice period?",
          ["acc:acc-meridian", "i:history_sensitivities", "a:a-mv-003"], ["45 days"], "record"),
        ABSTAIN("What's Ironclad bidding this time around for the renewal?"),
        ABSTAIN("Who are the four analysts going onto Dana's pod?"),
        ABSTAIN("Can you recommend a good steakhouse in Boise for a client dinner?", "off_topic"),
    ],
})

# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
KIND = {"i": "interview", "a": "activity", "c": "contact", "o": "opportunity", "acc": "account"}


def gold_entry(ref):
    prefix, _, value = ref.partition(":")
    kind = KIND[prefix]
    if kind == "interview":
        return {"kind": "interview", "question_id": value}
    return {"kind": kind, "id": value}


def build():
    bundle = {"format": "baton-bundle/v1", "users": USERS,
              "accounts": [a["record"] for a in ACCOUNTS]}
    questions = []
    n = 0
    for a in ACCOUNTS:
        for q in a["questions"]:
            n += 1
            answer = bool(q["gold"])
            questions.append({
                "id": f"q-{n:03d}",
                "account_id": a["record"]["id"],
                "question": q["question"],
                "expect": "answer" if answer else "abstain",
                "gold_sources": [gold_entry(g) for g in q["gold"]],
                "must_mention": list(q["must"]),
                "category": q["category"],
            })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": DEPARTING,
        "successor_user_id": SUCCESSOR,
        "manager_user_id": MANAGER,
        "interviews": {a["record"]["id"]: a["interview"] for a in ACCOUNTS},
        "questions": questions,
    }
    return bundle, ev


def main():
    bundle, ev = build()
    for name, obj in (("bundle.json", bundle), ("eval.json", ev)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    n_act = sum(len(a["activities"]) for a in bundle["accounts"])
    n_abs = sum(1 for q in ev["questions"] if q["expect"] == "abstain")
    print(f"accounts={len(bundle['accounts'])} activities={n_act} "
          f"questions={len(ev['questions'])} answer={len(ev['questions']) - n_abs} abstain={n_abs}")


if __name__ == "__main__":
    main()
