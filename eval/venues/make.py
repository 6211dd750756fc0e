#!/usr/bin/env python3
"""Generate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1).

World: Turnstyle, a vendor of ticketing (Gate), membership (Members),
point-of-sale (Till) and handheld scanning (Scan) software for museums, zoos,
aquariums, theatres and heritage sites in Ireland, New Zealand and the US.

The departing owner (Niamh Gallagher) owns six accounts; Rangi Parata and
Dylan Moss own three more that hold look-alike facts for the abstain questions.
All data is fictional. Run: python3 make.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def t(s):
    """Collapse the whitespace of a triple-quoted paragraph."""
    return re.sub(r"\s+", " ", s).strip()


USERS = [
    {"id": "u-niamh", "name": "Niamh Gallagher", "email": "niamh.gallagher@turnstyle.test",
     "role": "rep", "manager_id": "u-grace", "team": "Strategic Accounts"},
    {"id": "u-jordan", "name": "Jordan Ellis", "email": "jordan.ellis@turnstyle.test",
     "role": "rep", "manager_id": "u-grace", "team": "Strategic Accounts"},
    {"id": "u-grace", "name": "Grace Whitfield", "email": "grace.whitfield@turnstyle.test",
     "role": "manager", "team": "Strategic Accounts"},
    {"id": "u-rangi", "name": "Rangi Parata", "email": "rangi.parata@turnstyle.test",
     "role": "rep", "manager_id": "u-grace", "team": "APAC"},
    {"id": "u-dylan", "name": "Dylan Moss", "email": "dylan.moss@turnstyle.test",
     "role": "rep", "manager_id": "u-grace", "team": "Ireland & US East"},
    {"id": "u-sam", "name": "Sam Kowalski", "email": "sam.kowalski@turnstyle.test",
     "role": "admin"},
]


def contact(cid, name, title, email, phone, role, channel, strength, notes=""):
    c = {"id": cid, "name": name, "title": title, "email": email, "phone": phone,
         "role": role, "preferred_channel": channel, "relationship_strength": strength}
    if notes:
        c["notes"] = notes
    return c


def act(aid, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": t(body)}
    if direction:
        a["direction"] = direction
    return a


def opp(oid, name, stage, amount, close_date, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close_date, "next_step": next_step}


# ---------------------------------------------------------------------------
# 1. Michigan State Museums Consortium (enterprise, 11 venues) -- Niamh
# ---------------------------------------------------------------------------
MSMC = {
    "id": "acc-msmc",
    "name": "Michigan State Museums Consortium",
    "owner_id": "u-niamh",
    "arr": 640000,
    "currency": "USD",
    "segment": "enterprise",
    "industry": "Museums & Heritage",
    "territory": "North America",
    "renewal_date": "2026-09-30",
    "contract_notes": t("""Master agreement MSMC-2023-114. 3-year term Oct 2023 - Sep 2026
        covering 11 venues (Gate, Members, Till, Scan). Platform fee plus per-venue licence;
        15% consortium discount; seasonal venues (Sleeping Bear Lighthouse Station, Copper
        Country Mining Museum) billed at a flat add-on rate. Renewal uplift capped at 4%.
        Net 45 via State of Michigan purchase order."""),
    "contacts": [
        contact("c-msmc-lorraine", "Dr. Lorraine Okafor", "Executive Director",
                "lokafor@michiganmuseums.test", "+1 517 555 0142", "decision_maker", "email", 3,
                "All scheduling through her EA, Beverly Nunn. Do not call her mobile."),
        contact("c-msmc-beverly", "Beverly Nunn", "Executive Assistant to the Executive Director",
                "bnunn@michiganmuseums.test", "+1 517 555 0100", "other", "email", 4),
        contact("c-msmc-marcus", "Marcus Feld", "Director of Visitor Services",
                "mfeld@michiganmuseums.test", "+1 517 555 0178", "champion", "text", 5,
                "Runs front of house across all 11 venues. Goes by Marco."),
        contact("c-msmc-janet", "Janet Pruitt", "Deputy Director, Finance & Administration",
                "jpruitt@michiganmuseums.test", "+1 517 555 0119", "economic_buyer", "email", 3),
        contact("c-msmc-derek", "Derek Havlicek", "Director of Information Technology",
                "dhavlicek@michiganmuseums.test", "+1 517 555 0164", "blocker", "email", 2,
                "Chairs the Consortium's change advisory board."),
        contact("c-msmc-aisha", "Aisha Brandt", "Membership & Volunteer Manager",
                "abrandt@michiganmuseums.test", "+1 517 555 0131", "user", "email", 4),
        contact("c-msmc-tom", "Tom Whitcombe", "Site Manager, Mackinac Straits Maritime Museum",
                "twhitcombe@michiganmuseums.test", "+1 231 555 0190", "user", "phone", 4,
                "Seasonal site; reachable May to October."),
    ],
    "opportunities": [
        opp("o-msmc-renewal", "FY27 Renewal (Oct 2026)", "proposal", 665600, "2026-09-15",
            "Janet to submit the sole-source justification to state procurement by 15 April"),
    ],
    "activities": [
        act("a-msmc-001", "note", "2024-07-04T23:10:00Z", "u-niamh", ["c-msmc-marcus"],
            "SEV1 - Motor Hall timed entry down (TS-48213)", """
            Detroit Motor Heritage Hall, July 4. Support ticket TS-48213. The payment gateway
            TLS certificate expired at 15:02 ET and the gate scanners rejected every mobile
            ticket. Service restored 18:42 ET, 3h40m. Roughly 2,100 visitors admitted on paper
            wristbands; the queue ran down Woodward Avenue. Marcus on site running the line.
            Lorraine taking calls from the Free Press. Grace informed; RCA to follow."""),
        act("a-msmc-002", "email", "2024-07-19T14:00:00Z", "u-niamh",
            ["c-msmc-lorraine", "c-msmc-janet"],
            "July 4 incident - root cause and service credit", """
            Dr. Okafor, Janet - attached is root cause report RCA-2024-017 for the July 4 outage
            at Detroit Motor Heritage Hall (ticket TS-48213). Cause: an expired payment-gateway
            certificate that our monitoring did not flag. Certificate expiry monitoring is now
            automated with 30-day alerts. As agreed, a service credit of $22,300 will be applied
            to the Q1 FY25 invoice. I am sorry for the day your visitors and your team had.
            - Niamh""", "outbound"),
        act("a-msmc-003", "meeting", "2025-03-11T15:00:00Z", "u-niamh",
            ["c-msmc-marcus", "c-msmc-janet", "c-msmc-derek"], "QBR - Lansing", """
            Attendees: Marcus Feld, Janet Pruitt, Derek Havlicek (first 30 minutes), Niamh.
            1) Attendance reporting: Marcus asked again for a single attendance view across all
            eleven venues. Today each site exports its own report and Marcus's team stitches
            them together for Lorraine's Section 7 report to the legislature. We committed to
            deliver a Consortium Attendance Dashboard by 30 June 2025, with SSO through their
            Entra ID. 2) Mobile timed entry: adoption is 38% of general admission at the
            Capitol Heritage Museum and 44% at Motor Hall. Marcus wants a second scanning lane
            at Motor Hall for the summer. 3) Finance: Janet flagged the FY26 appropriation as
            flat, so no growth money for add-ons this year. She asked for the FY25 invoices
            split by venue for her reconciliation. 4) IT: Derek asked for our API
            documentation for bulk patron export 'for a data warehouse project'. Sent him the
            public API docs; he asked for the full data dictionary, which we do not publish.
            Said I would check. 5) Next QBR in September at the Straits if Tom can host."""),
        act("a-msmc-004", "email", "2025-05-02T13:20:00Z", "u-niamh", ["c-msmc-derek"],
            "Data export specification", """
            Niamh, please send the bulk export specification and the data dictionary for the
            patron, membership and order tables by May 16. We are evaluating options as part of
            the Consortium's systems consolidation. Regards, Derek Havlicek, Director of IT""",
            "inbound"),
        act("a-msmc-005", "email", "2025-06-27T16:00:00Z", "u-niamh", ["c-msmc-marcus"],
            "Consortium Attendance Dashboard is live", """
            Marco - the Consortium Attendance Dashboard is live for all 11 venues, three days
            ahead of the 30 June date. Log in with your Entra ID. The 'Section 7 export' gives
            total attendance by venue and month in the format Lorraine's office sends to the
            legislature. Training session for site managers is booked for July 8.""",
            "outbound"),
        act("a-msmc-006", "call", "2025-08-14T17:30:00Z", "u-niamh", ["c-msmc-tom"],
            "Straits - dock kiosk and offline mode", """
            Tom says the Till offline queue held 312 transactions during the August 9 power cut
            on the ferry dock, and all of them synced when power came back. He wants a second
            handheld for the dock kiosk next season and asked what replaces the TC52. Season
            ends October 19; after that Tom is off until April."""),
        act("a-msmc-007", "meeting", "2025-10-08T15:00:00Z", "u-niamh", ["c-msmc-aisha"],
            "Volunteer program walkthrough", """
            Aisha walked me through how she runs the docent program in Members. 640 active
            volunteers are set up on a $0 'Volunteer' tier; shifts are logged as gate
            check-ins; she exports the hours every quarter as the volunteer-hours match for
            their IMLS grant. She asked that we never change $0 tier behaviour without warning:
            any release note touching $0 tiers should go to her directly."""),
        act("a-msmc-008", "email", "2025-11-20T21:05:00Z", "u-niamh", ["c-msmc-janet"],
            "FY27 budget - heads up", """
            Niamh, the Governor's FY27 executive recommendation cuts the Consortium's general
            fund line by 8%. We will need to talk about the structure of the renewal. Please
            don't send anything to Lorraine on this until you and I have spoken. Janet""",
            "inbound"),
        act("a-msmc-009", "meeting", "2026-01-15T15:00:00Z", "u-niamh",
            ["c-msmc-janet", "c-msmc-marcus", "c-msmc-derek"], "Renewal kickoff", """
            Janet confirmed the renewal must go through state procurement: either a sole-source
            justification or a competitive bid. Current term PO reference: PO 771-2023-0489
            (master agreement MSMC-2023-114). Janet will draft the sole-source justification
            with our input; Renee in procurement to review. Marcus will write a letter of
            support. Derek joined for ten minutes, asked whether we support the state's Entra
            ID SSO (yes, already live) and left."""),
        act("a-msmc-010", "email", "2026-02-03T14:40:00Z", "u-niamh", ["c-msmc-beverly"],
            "Dr. Okafor - retirement", """
            Dear Niamh, Dr. Okafor has announced her retirement effective December 31, 2026.
            The board will run a national search for her replacement. She asks that renewal
            conversations continue with Janet Pruitt in the meantime. Kind regards, Beverly
            Nunn, Executive Assistant to the Executive Director""", "inbound"),
        act("a-msmc-011", "call", "2026-02-18T18:00:00Z", "u-niamh", ["c-msmc-marcus"],
            "Marco - Gateway demo", """
            Marco says Derek has had two calls with Gateway and they demoed Galaxy at Motor
            Hall last week. Marco doesn't know what they quoted; he heard it was priced per
            venue. He is still with us but wants to see the second scanning lane working before
            the summer."""),
        act("a-msmc-012", "note", "2026-03-02T10:00:00Z", "u-niamh", [],
            "Renewal status", """
            Renewal opportunity updated to $665,600: the 4% uplift cap applied to current ARR.
            Sole-source justification draft sent to Janet on 27 Feb. Letter of support from
            Marcus received."""),
    ],
}

MSMC_INTERVIEW = {
    "decision_maker": t("""Officially it's Lorraine - Dr. Okafor, the Executive Director. Her
        signature is on the master agreement and she'll sign the renewal. But don't be fooled
        by that. In practice the decision is Janet Pruitt's. Under the state's
        delegation-of-authority rules anything over $250,000 needs Finance sign-off before it
        even reaches Lorraine's desk, and Lorraine has never once signed something Janet hadn't
        initialled first. So: Janet decides, Lorraine ratifies. What Janet personally cares
        about is predictability. She would rather eat a capped 4% uplift than get a surprise
        mid-year, she wants one PO for all eleven venues, and she wants the invoice to land in
        the first week of October so it hits the new fiscal year cleanly. Lorraine cares about
        one thing above all, the attendance numbers she takes to the legislature every spring.
        If the Section 7 report is late or wrong she hears about it from the appropriations
        committee. With her retiring at the end of the year she's also thinking about legacy;
        she wants to hand over a consortium that looks modern."""),
    "champion": t("""Oh, Marco, easy. He'll be the first person you meet and the last to leave
        any meeting. Marcus Feld, Director of Visitor Services. He runs front of house
        for all eleven sites and he's the reason we won in 2023. We promised him a single
        attendance view across the venues, which we delivered as the Consortium Attendance
        Dashboard last June, a couple of days early actually. What he still needs: he told the
        board in January that walk-up queue times at the Cap and Motor Hall would come down
        below 6 minutes on peak Saturdays by summer 2026. That's his number, it's in the board
        minutes, and he needs us to help him hit it - mostly by getting mobile timed-entry
        adoption up and the second scanning lane working at Motor Hall. If you make Marco look
        good at the June board meeting he will fight for the renewal. He texts. Don't email
        him if you want an answer the same day."""),
    "hidden_commitments": t("""A couple of things that are in nobody's paperwork. The big one:
        I told Marco and Tom Whitcombe, on a call, that we'd swap the Zebra TC52 handhelds at
        the seasonal sites - the Straits, Sleeping Bear and Copper Country - for the new TC53s
        before the May 2026 opening, at no charge. That's 14 devices. Not in the contract, not
        on an order form; I cleared it verbally with Grace. Second, I said we'd keep running
        the Section 7 export for Lorraine's legislature report by hand if the automated one
        breaks, which it did once, in February 2025. Third, smaller: I promised Aisha we would
        not change how the $0 Volunteer tier behaves in Members without telling her a month
        ahead, because her grant reporting depends on it."""),
    "history_sensitivities": t("""Where do I start. Honestly the relationship is good day to
        day, Marco's team and Aisha's team are lovely, but there's one scar and everyone there
        knows it. July Fourth. Don't say 'July Fourth' to Lorraine, seriously.
        In 2024 timed entry at Motor Hall went down for three hours forty on the busiest day of
        the year. A payment gateway certificate expired, the scanners rejected every mobile
        ticket, and there were families queuing round the block on Woodward. The Freep ran a
        photo of the queue. We gave a $22,300 service credit and a full root cause report, and
        we automated certificate monitoring. Lorraine accepted it, but it hurt her personally
        with the legislature. Derek has never forgiven us; he brings it up in every meeting as
        'the incident'. Second sore spot, smaller: the 2023 data migration from their old
        Galaxy system lost the membership renewal dates for about 900 members at the Cap, and
        Aisha's team had to fix them by hand. Aisha's fine about it now, but don't joke about
        migrations in front of her."""),
    "pricing_story": t("""It's a platform fee plus a per-venue licence, with a 15% consortium
        discount for signing all eleven on one master agreement. The original deal in 2023 was
        seven venues. The four we added in 2024 - Sleeping Bear, Copper Country, Marquette and
        the Flint Labor museum - went on at a flat add-on rate, because two of them are
        seasonal and only open May to October, and Janet refused to pay full-year licences for
        half-year venues. That flat rate is the thing procurement will ask about. The uplift
        cap is 4%; that was Janet's hard line, and she traded it for the three-year term.
        Hardware is separate: they bought the handhelds outright, we don't lease them."""),
    "unexpected_use": t("""Volunteers! Aisha runs the whole docent program through Members.
        Every volunteer is a member on a $0 'Volunteer' tier and their shifts get logged as
        check-ins at the gate. About 640 of them. She exports the hours every quarter because
        a federal grant they have needs a volunteer-hours match. We never built Members for
        that, and it's fragile: if a release changes how $0 tiers behave, her grant reporting
        breaks."""),
    "channels_surprises": t("""Lorraine: email only, and only through Bev - Beverly Nunn, her
        EA. Never call Lorraine's mobile, she'll take it as an ambush. Janet: email, and she
        likes a PDF attached, not a link. Marco: text, or Teams. Tom at the Straits: phone, and
        only May to October; he's unreachable in winter. Aisha: email. The one who must never
        be surprised is Derek Havlicek, the IT director. Anything that touches their network,
        SSO or the scanners has to go through his change advisory board with ten business
        days' notice. We pushed a scanner firmware update without CAB approval once in 2024
        and he escalated to Lorraine within the hour."""),
    "org_changes": t("""Lots. Lorraine announced she's retiring at the end of December 2026, so
        a new ED arrives mid-renewal or just after; the board is running a national search.
        The Governor's FY27 budget proposal cuts their general fund line by 8% - Janet told me
        in November - and that will squeeze the renewal. And there's a proposal floating
        around Lansing to fold the Consortium into the Department of Natural Resources. If that
        happens, IT goes under the state's central IT shop and Derek gets a lot more say over
        vendor choice."""),
    "warning_signs": t("""The one to watch is Derek asking for export documentation. In spring
        2023 the old vendor saw exactly that - Derek asked for bulk data export specs - and
        three months later the Consortium issued an RFP. He did it again in May 2025, asking
        for the patron, membership and order data dictionary 'for systems consolidation'. Then
        in February 2026 Gateway came in to demo at Motor Hall. The other sign: when Janet
        starts cc'ing Renee in procurement on routine emails, a bid is being prepared."""),
    "renewal_risk": t("""The stated reason will be procurement: 'state rules require us to go
        to competitive bid for a contract this size.' Which is partly true; we need Janet to get
        a sole-source justification through, and she's drafted one with our help. The real
        reason, if it slips, will be Derek. He wants the Consortium on Gateway Galaxy because
        the DNR parks already run it - one vendor for everything - and he still blames us for
        July Fourth. The budget cut gives him cover."""),
}

# ---------------------------------------------------------------------------
# 2. Kilbrack & Ballyvane Railway (smb, single-site heritage railway) -- Niamh
# ---------------------------------------------------------------------------
KBR = {
    "id": "acc-kbr",
    "name": "Kilbrack & Ballyvane Railway",
    "owner_id": "u-niamh",
    "arr": 13900,
    "currency": "EUR",
    "segment": "smb",
    "industry": "Heritage Railway",
    "territory": "Ireland",
    "renewal_date": "2026-11-30",
    "contract_notes": t("""Community Heritage plan, annual term renewing 1 December. Gate and
        Till, one site (Kilbrack and Ballyvane stations, Co. Kerry). 40% reference-customer
        discount in exchange for case study participation. Invoiced annually in September,
        paid by bank transfer."""),
    "contacts": [
        contact("c-kbr-declan", "Declan Moriarty",
                "Chairman, Kilbrack & Ballyvane Railway Preservation Trust",
                "declan.moriarty@kbrailway.test", "+353 66 712 4408", "decision_maker", "phone", 4,
                "Retired bank manager. Ring the landline after 7pm."),
        contact("c-kbr-brid", "Bríd Sheehan", "Honorary Treasurer",
                "brid.sheehan@kbrailway.test", "+353 87 245 1190", "economic_buyer", "email", 3),
        contact("c-kbr-paudie", "Paudie O'Connell", "Volunteer Bookings Coordinator",
                "paudie@kbrailway.test", "+353 86 331 7720", "champion", "whatsapp", 5,
                "Everyone calls him the station master."),
        contact("c-kbr-conor", "Conor Twomey", "Volunteer Webmaster",
                "conor.twomey@kbrailway.test", "+353 85 118 6042", "influencer", "email", 2),
    ],
    "opportunities": [],
    "activities": [
        act("a-kbr-001", "note", "2024-10-01T10:45:00Z", "u-niamh", ["c-kbr-paudie"],
            "Santa Specials on-sale - double bookings (TS-51877)", """
            On-sale opened 09:00. 2,400 seats sold in 41 minutes. The waiting room was not
            enabled on the Kilbrack booking page and seat holds expired under load: 130 double
            bookings across the 7 and 14 December Santa Specials. Support ticket TS-51877.
            Paudie fielding calls; committee meeting tonight."""),
        act("a-kbr-002", "email", "2024-10-09T09:30:00Z", "u-niamh", ["c-kbr-brid", "c-kbr-declan"],
            "Santa Specials - goodwill credit", """
            Bríd, Declan - as discussed, we will apply a goodwill credit of €1,500 against the
            2025 invoice for the Santa Special double bookings. The waiting room is now switched
            on by default for any on-sale above 500 tickets. Apologies again to Paudie and the
            volunteers who took the calls.""", "outbound"),
        act("a-kbr-003", "call", "2025-03-20T19:00:00Z", "u-niamh", ["c-kbr-paudie"],
            "Crew rostering on Gate", """
            Paudie showed me the 'Crew' event he built on the Gate calendar: drivers, firemen
            and guards book their shifts as €0 tickets, capacity one per role per train. 38
            volunteers are using it. He asked whether a €0 ticket counts toward per-ticket
            reporting (it doesn't on their plan)."""),
        act("a-kbr-004", "email", "2025-06-12T23:50:00Z", "u-niamh", ["c-kbr-conor"],
            "WordPress plugin?", """
            Hi Niamh, we're moving the KBR website to WordPress over the summer. Does Turnstyle
            have a WordPress plugin for the booking widget? Ticketsolve has one. I've asked them
            for a quote just to compare. Conor""", "inbound"),
        act("a-kbr-005", "email", "2025-09-04T08:15:00Z", "u-niamh", ["c-kbr-brid"],
            "Invoice INV-IE-25-0912", """
            Hi Bríd, invoice INV-IE-25-0912 for €13,900 (Community Heritage plan, Dec 2025 -
            Nov 2026) is attached, due 4 October. Please quote the invoice number on the bank
            transfer. Thanks, Niamh""", "outbound"),
        act("a-kbr-006", "call", "2026-01-22T19:30:00Z", "u-niamh", ["c-kbr-declan"],
            "Dec - AGM and 2027", """
            Declan told me he's stepping down as chair at the AGM on 16 May 2026. Bríd is likely
            to stand; Michael Twomey (Conor's father) has been canvassing committee members.
            Declan asked me to keep the price flat for 2027 and reminded me of 'our
            arrangement'."""),
        act("a-kbr-007", "meeting", "2026-02-10T11:00:00Z", "u-niamh", ["c-kbr-declan", "c-kbr-paudie"],
            "Case study shoot - postponed", """
            Fáilte Ireland case study video shoot at Ballyvane station postponed to April: No. 4
            'Slieve Mish' is out for its boiler inspection and Declan wants steam in the shot.
            New date to be agreed with the film crew."""),
    ],
}

KBR_INTERVIEW = {
    "decision_maker": t("""Dec signs. Declan Moriarty, chairman of the Trust. Retired bank
        manager, reads every line of an invoice. Cares about two things: cost, and the Santa
        Specials going off without a hitch, because the Santa Specials carry the whole year for
        the KBR. He's stepping down at the AGM in May, so the next chair is the one you'll be
        renewing with."""),
    "champion": t("""Paudie O'Connell. The 'station master' - that's what everyone calls him,
        he's actually the volunteer bookings coordinator. Lovely man, WhatsApp voice notes at
        midnight. I promised him a redesigned Santa Special ticket template, with No. 4 Slieve
        Mish on it, free of charge, before the 2026 on-sale on 1 October. He wants the
        passengers' names printed on the Santa tickets too, so the elves can greet the kids by
        name. After 2024 he needs this on-sale to be boring. The committee blamed him for the
        double bookings, which wasn't fair, it was our waiting room setting."""),
    "hidden_commitments": t("""Right, so. Nothing in writing on any of this, which is sort of
        the point of the question. After the 2025 AGM a few of us went to Falvey's in
        Killorglin, and Dec and I got talking about next year, and he was worried the committee
        would balk at any increase at all. So I shook hands with him on this: the price stays
        flat at €13,900 for 2027 as long as the Trust does the Fáilte Ireland case study video
        with us. That's the deal - flat price in exchange for the case study video. Grace knows,
        roughly, but it's not in Salesforce and it's definitely not in the contract. The shoot
        got pushed to April because of No. 4's boiler inspection, so make sure it actually
        happens or the handshake gets awkward. The other thing: I said I'd be on the phone with
        Paudie on the morning of the Santa on-sale, 1 October, from half eight, just in case. I
        did it in 2025 and he'll expect it again. Small thing, means a lot to him."""),
    "history_sensitivities": t("""Santa Specials 2024. On-sale morning, the waiting room wasn't
        switched on for the Kilbrack booking page, 2,400 seats went in 41 minutes and we ended
        up with 130 double bookings across the two December Saturdays. Families turned up to
        find someone else in their carriage. We gave a €1,500 goodwill credit and made the
        waiting room the default for any big on-sale. Paudie took the heat from the committee.
        Don't joke about Santa with any of them, it's still tender."""),
    "pricing_story": t("""They're on the Community Heritage plan with a 40% reference-customer
        discount. The KBR is our showcase heritage railway: we bring prospects down to
        Ballyvane, and the Trust agreed to the case study. Till is in at cost. Why September
        invoicing: Bríd times the payment to the Fáilte Ireland grant drawdown that lands in
        September, so the invoice has to be out the first week of September or she can't pay
        it from the grant."""),
    "unexpected_use": t("""Crew rostering! Paudie set up a 'Crew' event on the Gate calendar and
        the drivers, firemen and guards book their shifts as €0 tickets, one per slot, so you
        can't get two drivers on the one train. Thirty-odd volunteers use it. We never designed
        timed entry for staff rostering but honestly it works better than their old
        spreadsheet."""),
    "channels_surprises": t("""Dec: landline, evenings after seven, hates email. Bríd: email
        only. Never surprise Bríd with an invoice change; anything new has to go to the
        committee first and she'll be mortified if she hears it from the invoice. Paudie:
        WhatsApp. Conor: email, replies at 2am."""),
    "org_changes": t("""AGM on 16 May 2026, Dec stepping down as chair. Bríd's the obvious
        successor, but Michael Twomey - Conor's dad - has been canvassing. If Michael gets it,
        Conor's Ticketsolve idea gets a lot more airtime. Also Kerry County Council is taking
        over the lease on the Ballyvane station building, which might mean a council-run café
        with its own till."""),
    "warning_signs": t("""Conor going quiet. In 2023 he stopped replying for two months and
        then the Trust came back asking for a discount - that's partly how they ended up at
        40%. Last summer he was asking about a WordPress plugin and said he'd asked Ticketsolve
        for a quote. Watch that."""),
    "renewal_risk": t("""Stated: money. 'The Trust can't afford it this year.' Real: Conor wants
        Ticketsolve because it has a WordPress plugin for the new site, and if his dad is chair
        after May that becomes a committee conversation, not a volunteer's hobby."""),
}

# ---------------------------------------------------------------------------
# 3. Tāmaki Bay Aquarium (mid-market, Auckland) -- Niamh
# ---------------------------------------------------------------------------
TBA = {
    "id": "acc-tba",
    "name": "Tāmaki Bay Aquarium",
    "owner_id": "u-niamh",
    "arr": 96000,
    "currency": "NZD",
    "segment": "mid_market",
    "industry": "Aquarium",
    "territory": "New Zealand",
    "renewal_date": "2026-12-31",
    "contract_notes": t("""Agreement TBA-NZ-2022-031, renewed January 2025 for two years.
        NZD 48,000 platform fee plus 2.5% per-ticket fee capped at NZD 1.20 per ticket; Ocean
        Classroom school bookings excluded from per-ticket fees. Till POS for the Penguin Café
        and gift shop (9 Adyen terminals)."""),
    "contacts": [
        contact("c-tba-hemi", "Hemi Walker", "Chief Executive", "hemi.walker@tamakibay.test",
                "+64 9 555 0148", "decision_maker", "in_person", 3,
                "Prefers a flat white at the café to a video call."),
        contact("c-tba-priya", "Priya Raman", "Commercial Manager", "priya.raman@tamakibay.test",
                "+64 21 555 0193", "champion", "slack", 5,
                "On our Slack Connect channel #tba-turnstyle."),
        contact("c-tba-gareth", "Gareth Liddell", "Chief Financial Officer",
                "gareth.liddell@tamakibay.test", "+64 9 555 0112", "economic_buyer", "email", 2),
        contact("c-tba-mereana", "Mereana Hohaia", "Head of Education",
                "mereana.hohaia@tamakibay.test", "+64 9 555 0167", "user", "email", 4),
        contact("c-tba-josh", "Josh Kerr", "Retail & Café Manager", "josh.kerr@tamakibay.test",
                "+64 22 555 0175", "blocker", "phone", 2),
    ],
    "opportunities": [
        opp("o-tba-dynamic", "Dynamic Pricing add-on", "discovery", 14000, "2026-06-30",
            "Priya to take the board paper to the May board meeting"),
    ],
    "activities": [
        act("a-tba-001", "note", "2024-12-26T21:00:00Z", "u-niamh", ["c-tba-josh"],
            "Boxing Day - café and shop terminals down (TS-50211)", """
            A terminal firmware push at 10:10 NZDT bricked all nine Adyen terminals in the
            Penguin Café and the gift shop. Café and shop were cash-only on 26 and 27 December.
            Support ticket TS-50211. Replacement terminals couriered from the Auckland depot on
            28 December. Josh Kerr very angry; asked for an incident call with our Head of
            Support."""),
        act("a-tba-002", "email", "2025-01-10T02:00:00Z", "u-niamh", ["c-tba-gareth", "c-tba-josh"],
            "Boxing Day outage - credit and changes", """
            Gareth, Josh - following ticket TS-50211 we will apply a service credit of NZD 4,800
            to your next invoice. From this season, firmware pushes to your terminals are frozen
            from 15 December to 31 January, and any push outside that window will be announced a
            week ahead.""", "outbound"),
        act("a-tba-003", "meeting", "2025-04-03T22:00:00Z", "u-niamh", ["c-tba-priya", "c-tba-hemi"],
            "Dynamic pricing workshop", """
            Workshop with Priya Raman at the aquarium; Hemi joined for the last twenty minutes.
            Priya wants demand-based pricing for general admission: prices that move with
            forecast demand on weekends and in school holidays, within a floor and a ceiling she
            sets herself. Her annual board planning paper commits to a 12% yield uplift on
            weekend general admission in the first year. Visitor numbers aren't her problem, she
            says; yield is. Hemi's condition: Ocean Classroom school bookings stay outside any
            dynamic pricing and fee-free. Target was the July 2025 school holidays (since slipped
            to July 2026)."""),
        act("a-tba-004", "email", "2025-06-20T03:10:00Z", "u-niamh", ["c-tba-josh"],
            "Till costs", """
            Niamh, we've had Lightspeed in to demo for the café and they're sending through a
            quote. Can you send me a breakdown of what Till costs us on its own, separate from
            the ticketing? Cheers, Josh""", "inbound"),
        act("a-tba-005", "call", "2025-07-15T01:00:00Z", "u-niamh", ["c-tba-mereana"],
            "Term 3 school bookings", """
            Mereana: 187 schools booked into Ocean Classroom for Term 3. She asked for three
            weeks' notice before any change to the school booking form during term; teachers
            book off it daily and a changed field breaks their purchase orders."""),
        act("a-tba-006", "note", "2025-09-30T04:00:00Z", "u-niamh", ["c-tba-priya"],
            "Turtle Guardian tier", """
            Priya's team has set up a 'Turtle Guardian' tier in Members for the adopt-a-turtle
            programme: 1,150 sponsors, each assigned a green turtle, with quarterly turtle update
            emails and photos sent from Members."""),
        act("a-tba-007", "email", "2025-11-12T20:30:00Z", "u-niamh", ["c-tba-priya"],
            "Heads up - Tātaki review", """
            Kia ora Niamh, heads up: Tātaki Auckland Unlimited is reviewing whether to take a
            stake in the aquarium. Could take six months. Also, we're hiring a Head of Digital,
            starting in February. Ngā mihi, Priya""", "inbound"),
        act("a-tba-008", "meeting", "2026-02-09T21:00:00Z", "u-niamh", ["c-tba-gareth"],
            "Intro - new Head of Digital", """
            Met Liam Chen, the new Head of Digital (ex-Spark), with Gareth. Liam reports to
            Gareth. He asked about our API for the café POS and whether ticketing and POS can be
            contracted separately. Not yet added as a contact."""),
        act("a-tba-009", "call", "2026-02-25T22:00:00Z", "u-niamh", ["c-tba-priya"],
            "Matariki night event", """
            Priya: the Matariki night event on 19 and 20 June 2026 needs a pop-up kiosk by the
            jellyfish gallery - two extra Till licences for both nights and one Adyen terminal.
            Confirmed we'll sort the licences."""),
    ],
}

TBA_INTERVIEW = {
    "decision_maker": t("""Hemi Walker, the CEO. He can sign the renewal himself: the board only
        needs to see contracts over NZD 100,000 and we're under that. Hemi was a science
        teacher before he ran the Tank, so what he personally cares about is the Ocean
        Classroom - school visits. If you can show him school numbers going up he's happy. Take
        him for a flat white at the Penguin Café; he doesn't do Zoom if he can avoid it."""),
    "champion": t("""Priya Raman, the commercial manager. She's the one who actually reads our
        release notes. Honestly she's the best champion I've had anywhere - sharp, a bit
        impatient, runs a tight ship, and she's on our Slack Connect channel most days asking
        when things ship. What we promised her: demand-based pricing in Gate - she calls it
        'surge pricing', please don't use that word in front of Hemi - in place for the July
        2026 school holidays. It's been slipping; it was meant to be ready for last year's
        winter holidays and wasn't. What she needs to look good: she's told the board she'll
        deliver a 12% yield uplift on weekend general admission within a year of switching it
        on. That number is in a board paper with her name on it. She also wants pricing rules
        she can change herself without calling us. If the dynamic pricing slips again she is
        exposed, and I think she'd start looking around; there's a rumour she's looking at
        roles in Wellington anyway."""),
    "hidden_commitments": t("""Two. First: I told Priya we'd give them two Till licences free
        for the Matariki night pop-up kiosk, both nights, 19 and 20 June. Not on any order
        form. Second: every November we sponsor the Ocean Classroom awards evening, NZD 2,000.
        I agreed that with Hemi in 2023 out of my own marketing budget and it's never been
        written down. He'll expect it."""),
    "history_sensitivities": t("""Boxing Day 2024. A terminal firmware push bricked all nine
        Adyen terminals in the café and the shop, on the busiest day of the year. Cash only for
        two days. We paid a NZD 4,800 service credit and put in a peak-season freeze on
        firmware pushes. Josh has never got over it. Don't say 'firmware' to Josh."""),
    "pricing_story": t("""NZD 48,000 platform fee plus 2.5% per ticket, capped at NZD 1.20 a
        ticket. The Ocean Classroom school bookings carry no per-ticket fee at all - that was
        Hemi's condition when we won them off the incumbent in 2022. His line was 'school kids
        shouldn't be paying for software'. It's the reason we won. Don't touch it."""),
    "unexpected_use": t("""Turtles! Priya's team set up a Turtle Guardian tier in Members:
        people 'adopt' one of the green turtles, and Members sends them the quarterly turtle
        updates with photos. About 1,150 sponsors. It's basically a donor programme running on
        membership. Works fine, but it means the renewal emails say 'membership' and people get
        confused."""),
    "channels_surprises": t("""Hemi: in person. Priya: Slack. Gareth: formal email, always cc
        Priya. Josh: phone. Mereana must never be surprised: any change to the school booking
        form in term time needs three weeks' notice, she has teachers booking off it daily."""),
    "org_changes": t("""Tātaki Auckland Unlimited is reviewing whether to take a stake - council
        money, council procurement rules if it happens. The new Head of Digital started in
        February and reports to Gareth, not Priya, which shifts the power. And Priya might
        leave. Wellington rumour."""),
    "warning_signs": t("""Josh asking what Till costs on its own. Same request in 2023, and it
        preceded the gift shop moving to Square for eight months before they came back to us.
        He asked again in June 2025 after a Lightspeed demo."""),
    "renewal_risk": t("""Stated reason: the Tātaki review, 'we can't commit until council
        decides'. Real: Josh wants the café and shop on Lightspeed, the new digital head is
        happy to pull POS apart, and Gareth would rather have the cheaper split. If Priya goes,
        nobody's left fighting for us."""),
}

# ---------------------------------------------------------------------------
# 4. Liffeyside Playhouse (mid-market theatre, Dublin) -- Niamh
# ---------------------------------------------------------------------------
LSP = {
    "id": "acc-lsp",
    "name": "Liffeyside Playhouse",
    "owner_id": "u-niamh",
    "arr": 58000,
    "currency": "EUR",
    "segment": "mid_market",
    "industry": "Performing Arts",
    "territory": "Ireland",
    "renewal_date": "2026-08-31",
    "contract_notes": t("""Contract ref LSP-2024-007. Flat annual fee €58,000 (moved from a
        per-ticket booking fee in September 2024). Gate reserved seating, Members (Friends
        scheme), Till (bar and programmes). Two-year term to 31 August 2026."""),
    "contacts": [
        contact("c-lsp-ronan", "Ronan Duggan", "Executive Director", "ronan.duggan@liffeyside.test",
                "+353 1 555 0134", "decision_maker", "whatsapp", 3),
        contact("c-lsp-fionnuala", "Fionnuala Breen", "Artistic Director",
                "fionnuala.breen@liffeyside.test", "+353 1 555 0120", "influencer", "other", 2,
                "Do not email directly; route everything through Sinéad."),
        contact("c-lsp-sinead", "Sinéad Kavanagh", "Box Office & Customer Experience Manager",
                "sinead.kavanagh@liffeyside.test", "+353 1 555 0156", "champion", "phone", 5,
                "Box office line, before 11am."),
        contact("c-lsp-alan", "Alan Furlong", "Finance Manager", "alan.furlong@liffeyside.test",
                "+353 1 555 0188", "economic_buyer", "email", 3),
        contact("c-lsp-eoin", "Eoin Prendergast", "Marketing & Development Manager",
                "eoin.prendergast@liffeyside.test", "+353 1 555 0109", "user", "email", 3),
    ],
    "opportunities": [
        opp("o-lsp-renewal", "Renewal Sept 2026 incl. closure period", "qualification", 58000,
            "2026-08-31", "Model hibernation pricing for the 14-month closure with Alan"),
    ],
    "activities": [
        act("a-lsp-001", "note", "2024-10-02T23:30:00Z", "u-niamh", ["c-lsp-sinead", "c-lsp-fionnuala"],
            "Festival opening - double-sold seats (TS-52040)", """
            Dublin Theatre Festival, opening night of The Salt House. The seat-map sync between
            Gate and the festival's central box office failed at 17:40; 62 stalls seats were
            double-sold. Support ticket TS-52040. I was on site; Sinéad and I reseated 40 patrons
            in the circle and comped the rest for a later date with a drink. Fionnuala was in the
            foyer with press present."""),
        act("a-lsp-002", "email", "2024-10-05T10:00:00Z", "u-niamh", ["c-lsp-ronan", "c-lsp-alan"],
            "Festival opening night - our apology", """
            Ronan, Alan - the root cause was a sync setting changed on the festival's side that
            our integration didn't validate; we now validate it and alert. We'll credit €3,000
            against your next invoice and cover the cost of the comp drinks. I'm sorry.
            Niamh""", "outbound"),
        act("a-lsp-003", "meeting", "2024-08-20T10:00:00Z", "u-niamh",
            ["c-lsp-ronan", "c-lsp-alan", "c-lsp-fionnuala"], "Pricing - booking fee", """
            Fionnuala won't have a visible booking fee on Playhouse tickets. Ronan asked us to
            replace the per-ticket booking fee with a flat annual fee. Agreed in principle: flat
            €58,000 a year from September 2024; Alan's condition is a two-year term."""),
        act("a-lsp-004", "email", "2025-02-14T12:00:00Z", "u-niamh", ["c-lsp-eoin"],
            "Name-a-Seat - sponsored icon?", """
            Hi Niamh, the Name-a-Seat campaign is flying: €250 a plaque, 480 seats, 212 sold so
            far through the seat map as donation products. Could we get a 'sponsored' icon on the
            seat map so people can see which seats are taken? Eoin""", "inbound"),
        act("a-lsp-005", "call", "2025-05-28T09:30:00Z", "u-niamh", ["c-lsp-sinead"],
            "Studio seat maps", """
            Sinéad wants to build her own seat maps for the Loft studio - cabaret, thrust and
            in-the-round - without calling support. The seat-map editor is on the roadmap for the
            25.9 release; told her September."""),
        act("a-lsp-006", "meeting", "2025-10-21T14:00:00Z", "u-niamh", ["c-lsp-ronan", "c-lsp-alan"],
            "Redevelopment and renewal", """
            The Playhouse closes in January 2027 for 14 months for the redevelopment; temporary
            home at the Granary, Grand Canal Dock (220 seats, mostly general admission). Renewal
            falls due 31 August 2026 and must cover the closure period. Alan asked for
            'hibernation pricing' for the months they're dark. Said I'd take it back
            internally."""),
        act("a-lsp-007", "chat", "2025-12-03T18:20:00Z", "u-niamh", ["c-lsp-ronan"],
            "WhatsApp - Ronan", """
            Ronan (voice note, transcribed): 'Niamh, just so you know, the Spektrix people took
            me to lunch on Thursday. Not a big deal. Talk soon.'""", "inbound"),
        act("a-lsp-008", "email", "2026-01-28T16:45:00Z", "u-niamh", ["c-lsp-alan"],
            "Board changes", """
            Niamh, FYI our chair Patrick Nolan steps down at the March board meeting; a new chair
            is still TBC. The Arts Council multi-annual funding decision is due in April, so any
            renewal figures will need to wait until after that. Alan""", "inbound"),
        act("a-lsp-009", "meeting", "2026-02-20T10:00:00Z", "u-niamh", ["c-lsp-sinead"],
            "Friends scheme check-in", """
            Sinéad: around 1,400 Friends on the legacy tiers. Reconfirmed they stay on the legacy
            membership scheme for the 2026 season. She asked again for relaxed-performance
            booking flags before the reopening."""),
    ],
}

LSP_INTERVIEW = {
    "decision_maker": t("""Ronan Duggan, the Executive Director, signs. What Ronan cares about is
        the Arts Council: the multi-annual funding application lives and dies on audience
        development numbers, especially under-26 bookers and first-time attenders, so anything
        that helps him report those gets his attention. But Fionnuala, the artistic director,
        has a veto in practice. Ronan won't sign anything she's unhappy with."""),
    "champion": t("""That's Shin, no question, and you should meet her in person as early as
        you can - bring pastries from the place on the quay, she'll remember. Sinéad Kavanagh -
        Shin; everyone at the box office calls her Shin. She's
        been there nineteen years and knows every Friend by name. We promised her a seat-map
        editor for the studio - the Loft - so she could do cabaret, thrust and in-the-round
        layouts without ringing us, and we shipped that in the 25.9 release, so that's done and
        she's grateful. What's outstanding: I promised her relaxed-performance booking flags -
        access requirements stored on the patron record so the front-of-house team see them at
        the door - before the Playhouse reopens after the refurb. She needs the reopening box
        office to look slick, because the board blamed the box office, unfairly, for the
        festival mess. Ring her before 11 in the morning; after that the box office phone
        doesn't stop."""),
    "hidden_commitments": t("""Oh, a few, and one of them is going to bite. The easy one: I
        promised Sinéad we'd keep the old Friends tiers - Friend, Best Friend and Patron -
        running on the legacy membership scheme to the end of the 2026 season, even though
        we've deprecated the legacy scheme everywhere else. She has about 1,400 Friends on
        those tiers and migrating them mid-season would be a nightmare. The one that'll bite:
        last October, after the refurb meeting, Ronan sent me a WhatsApp voice note asking what
        happens to our fee while they're closed, and I said - I think my exact words were -
        'we'll charge nothing while you're dark, don't worry about it'. I meant I'd fight for
        that. Alan now thinks it's agreed. It is not agreed with Grace, and our finance people
        will want at least a hosting fee. So go in knowing that Ronan and Alan believe the 14
        months are free. Third, small: I said I'd come to the reopening night. Obviously
        someone from us should."""),
    "history_sensitivities": t("""The Dublin Theatre Festival, October 2024. Opening night of
        The Salt House, the seat-map sync with the festival's central box office broke and 62
        stalls seats were double-sold. Fionnuala was standing in the foyer with critics
        watching people argue over seats. We gave a €3,000 credit and paid for the comp drinks;
        I was there till midnight. Don't mention the festival casually. And the booking fee
        row - see pricing."""),
    "pricing_story": t("""Flat €58,000 a year since September 2024. Before that it was a
        per-ticket booking fee passed on to the customer. Fionnuala refuses to have a visible
        booking fee - she calls it 'a tax on the audience' - so Ronan asked us to fold it into a
        flat fee. Alan agreed to the flat fee on condition of a two-year term."""),
    "unexpected_use": t("""Name-a-Seat! Eoin's fundraising campaign - €250 a plaque, 480 seats -
        and they sell the plaques through the seat map as donation products, so people pick the
        actual seat they want their granny's name on. 212 sold so far. Clever, and we never
        built it for that."""),
    "channels_surprises": t("""Ronan: WhatsApp voice notes, and he replies in voice notes, god
        help you. Sinéad: box office phone before 11. Alan: email. Eoin: email. Fionnuala: never
        email her directly and never surprise her - everything goes through Sinéad, who'll
        choose the moment."""),
    "org_changes": t("""They close in January 2027 for 14 months for the refurb, and the
        temporary home is the Granary at Grand Canal Dock - smaller, 220 seats, general
        admission mostly. The chair, Patrick Nolan, steps down at the March board meeting. The
        Arts Council multi-annual funding decision lands in April."""),
    "warning_signs": t("""Sinéad going quiet. Before the festival disaster she'd stopped
        answering for two weeks - she was drowning and didn't tell us the festival box office
        had changed their sync settings. And Alan asking for 'every invoice for the last three
        years' came right before the 2024 booking-fee row."""),
    "renewal_risk": t("""Stated: 'we're closing for 14 months, we can't justify a fee with no
        shows.' Real: Spektrix. They took Ronan to lunch in December and he told me about it on
        WhatsApp like it was nothing, which means it's something. I don't know if they've put a
        quote in front of him."""),
}

# ---------------------------------------------------------------------------
# 5. Waimakariri Wildlife Park (mid-market, Canterbury) -- Niamh
# ---------------------------------------------------------------------------
WWP = {
    "id": "acc-wwp",
    "name": "Waimakariri Wildlife Park",
    "owner_id": "u-niamh",
    "arr": 122000,
    "currency": "NZD",
    "segment": "mid_market",
    "industry": "Zoo & Wildlife Park",
    "territory": "New Zealand",
    "renewal_date": "2027-03-31",
    "contract_notes": t("""Agreement WWP-2024-015, three years from 1 April 2024. Gate, Members,
        Till and Scan (12 Zebra TC52, leased). Annual uplift fixed at 3% for the term. Trust
        board approval required for spend above NZD 100,000."""),
    "contacts": [
        contact("c-wwp-kirsty", "Kirsty McAlister", "General Manager", "kirsty@waimakwildlife.test",
                "+64 3 555 0122", "decision_maker", "email", 4),
        contact("c-wwp-tama", "Tama Rāwiri", "Visitor Experience Lead",
                "tama.rawiri@waimakwildlife.test", "+64 27 555 0151", "champion", "text", 5),
        contact("c-wwp-leanne", "Leanne Frost", "Finance & Operations Manager",
                "leanne.frost@waimakwildlife.test", "+64 3 555 0139", "economic_buyer", "email", 2,
                "Still raw about the 2023 price letter."),
        contact("c-wwp-ana", "Ana Ferreira", "Head of Conservation & Animal Care",
                "ana.ferreira@waimakwildlife.test", "+64 3 555 0177", "user", "email", 3),
    ],
    "opportunities": [
        opp("o-wwp-wetlands", "Wetlands precinct timed entry", "proposal", 18500, "2026-06-30",
            "Board paper via Kirsty for the June board meeting"),
    ],
    "activities": [
        act("a-wwp-001", "email", "2023-02-15T03:00:00Z", "u-niamh", ["c-wwp-leanne", "c-wwp-kirsty"],
            "2023 price notice", """
            Dear Leanne, Kirsty - as notified under clause 6 of your agreement, fees for the year
            from 1 April 2023 will increase by 18%. Your updated schedule is attached. Kind
            regards, Niamh Gallagher""", "outbound"),
        act("a-wwp-002", "email", "2023-02-17T02:30:00Z", "u-niamh", ["c-wwp-leanne", "c-wwp-kirsty"],
            "Correction to our 15 February price notice", """
            Dear Leanne, our letter of 15 February stated an increase of 18%. That was an error on
            our part: the increase is 8%. I am very sorry for the confusion this has caused you
            and your finance committee.""", "outbound"),
        act("a-wwp-003", "meeting", "2024-03-28T01:00:00Z", "u-niamh", ["c-wwp-kirsty", "c-wwp-leanne"],
            "Agreement signing - 3 years", """
            Signed WWP-2024-015: three years from 1 April 2024 covering Gate, Members, Till and
            Scan (12 Zebra TC52, leased). Annual uplift fixed at 3% for the term as the make-good
            for the 2023 letter. Champagne and scones in the education centre."""),
        act("a-wwp-004", "note", "2025-01-20T03:00:00Z", "u-niamh", ["c-wwp-ana"],
            "Till - animal feed inventory", """
            Ana Ferreira's team runs animal feed inventory through the Till stock module: 46 feed
            SKUs (meat for the cheetahs, produce for the primates, insects for the reptiles) under
            cost centre 'Animal Care'. Stock is counted weekly on a Scan handheld."""),
        act("a-wwp-005", "call", "2025-05-06T22:00:00Z", "u-niamh", ["c-wwp-tama"],
            "Keeper talks as add-ons", """
            Tama wants keeper talks and kea encounters bookable as add-ons to general admission in
            Gate, capacity-limited. Committed for the October 2025 release."""),
        act("a-wwp-006", "note", "2025-09-18T04:00:00Z", "u-niamh", ["c-wwp-leanne"],
            "Finance logins", """
            Leanne's finance team hasn't logged into Turnstyle reporting since June. Last time this
            happened (winter 2024) it preceded a 60-day late payment. Flagged to Grace."""),
        act("a-wwp-007", "meeting", "2025-11-04T00:00:00Z", "u-niamh", ["c-wwp-kirsty", "c-wwp-tama"],
            "Wetlands precinct", """
            The Wetlands precinct opens in October 2026: boardwalk, bird hide and a wetland
            classroom. Kirsty wants timed entry to the boardwalk in Gate and visitor-flow
            reporting. The board will approve the precinct budget in December. Opportunity
            created."""),
        act("a-wwp-008", "email", "2026-02-12T07:15:00Z", "u-niamh", ["c-wwp-kirsty"],
            "Personal news", """
            Hi Niamh, wanted you to hear it from me: I'm moving to Brisbane with my family in
            August. I've told the board, and Bruce Hadlee will lead the recruitment of my
            replacement. Kirsty""", "inbound"),
    ],
}

WWP_INTERVIEW = {
    "decision_maker": t("""Kirsty McAlister, the GM, signs up to NZD 100,000; above that it goes
        to the Trust board, and the renewal is above that, so in practice the board approves it
        and the person who matters there is the chair, Bruce Hadlee. Bruce is a farmer, an
        ex-ECan councillor, and he cares about the conservation story: he wants Waimak known
        for the kea breeding programme, not for the café. Kirsty cares about getting the
        Wetlands precinct open on time. And Kirsty's leaving, so by renewal it might be her
        replacement plus Bruce."""),
    "champion": t("""Tama, hands down. I'd have lost this account twice over without him,
        especially around the letter business. Tama Rāwiri, visitor experience lead. Tama's a
        gem. Started on the gate as a
        teenager and now runs everything visitor-facing. Texts back within minutes. We promised
        him keeper talks and kea encounters as bookable add-ons in Gate - that shipped in
        October 2025 and the kea encounters sell out most weekends, which made him look great.
        The thing outstanding is a visitor-flow heatmap for the Wetlands opening, using Scan
        data to show where people bunch up on the boardwalk; I promised him a prototype by
        September 2026. Why it matters now: Tama has applied for the GM job when Kirsty goes.
        He needs the Wetlands opening to be his win in front of the board. Don't broadcast that
        he's applied - he told me in confidence - but I think whoever takes over needs to
        know."""),
    "hidden_commitments": t("""At the signing in March 2024, Leanne asked me straight out whether
        the 3% fixed uplift would carry into the next term, and I said yes. Verbally. It's not in
        the contract; the contract only fixes it for this term. Also we run a free onsite
        training day for the new seasonal staff every November. Nobody's paying for that."""),
    "history_sensitivities": t("""The letter. February 2023, our price notice to them said 18%
        instead of 8% - a typo in a mail merge, our fault. Leanne had already taken it to her
        finance committee before our correction went out two days later. She felt humiliated.
        We fixed the uplift at 3% for the 2024 term as a make-good. She's still raw; don't joke
        about typos or letters around her."""),
    "pricing_story": t("""Three-year deal from April 2024 with a fixed 3% annual uplift - the
        make-good for the letter. The Scan handhelds are 12 TC52s leased through us. Priced as
        a bundle of Gate, Members, Till and Scan, no per-ticket fees."""),
    "unexpected_use": t("""Ana's team runs the animal feed inventory through Till's stock module.
        Meat for the cheetahs, produce for the primates, all as stock items with a cost centre.
        Forty-odd feed SKUs. They even asked about booking the vet's procedures in Gate - I've
        never actually met their vet - and I said please don't."""),
    "channels_surprises": t("""Kirsty: email, short, one ask per email. Tama: text. Leanne:
        email, and never surprise her with anything on an invoice; after the letter, any change
        to an invoice gets a heads-up phone call first. Bruce: only through Kirsty. Ana: email,
        slow."""),
    "org_changes": t("""Kirsty's moving to Australia in August, family reasons. Board is
        recruiting. Tama's applied (quietly). Wetlands precinct opens October 2026."""),
    "warning_signs": t("""Leanne's team stops logging into reporting. In 2024 that happened over
        winter and preceded a 60-day late payment. Same pattern since June 2025."""),
    "renewal_risk": t("""Stated: 'the new GM will want to review all contracts.' Real: Leanne
        still doesn't trust our invoices after the letter, and she'll use the GM change to put
        us out to tender."""),
}

# ---------------------------------------------------------------------------
# 6. Fort Calloway Living History Park (smb, Kentucky) -- Niamh
# ---------------------------------------------------------------------------
FCL = {
    "id": "acc-fcl",
    "name": "Fort Calloway Living History Park",
    "owner_id": "u-niamh",
    "arr": 44000,
    "currency": "USD",
    "segment": "smb",
    "industry": "Heritage Site",
    "territory": "North America",
    "renewal_date": "2026-06-30",
    "contract_notes": t("""Agreement FCL-2023-044, 3-year flat fee to 30 June 2026, billed
        quarterly to match the Harlan Ridge County budget cycle. Gate, Members and Till (Till
        free in year one). 6 Zebra TC52 handhelds purchased outright."""),
    "contacts": [
        contact("c-fcl-wade", "Wade Pettigrew", "Executive Director", "wade@fortcalloway.test",
                "+1 606 555 0143", "decision_maker", "phone", 4,
                "Office landline only; doesn't give out his cell."),
        contact("c-fcl-dana", "Dana Holloway", "Operations Manager",
                "dana.holloway@fortcalloway.test", "+1 606 555 0158", "champion", "text", 5),
        contact("c-fcl-marlene", "Marlene Suggs", "Bookkeeper (part-time)",
                "marlene@fortcalloway.test", "+1 606 555 0126", "economic_buyer", "email", 3,
                "Works Tuesdays and Thursdays."),
        contact("c-fcl-travis", "Travis Boone", "Director, Harlan Ridge County Parks & Recreation",
                "tboone@harlanridgecounty.test", "+1 606 555 0199", "blocker", "email", 2),
    ],
    "opportunities": [
        opp("o-fcl-renewal", "Renewal July 2026", "negotiation", 45320, "2026-06-15",
            "Wade to present the renewal to the County Parks board on 12 May"),
    ],
    "activities": [
        act("a-fcl-001", "note", "2025-09-13T22:00:00Z", "u-niamh", ["c-fcl-dana", "c-fcl-wade"],
            "Frontier Days - handhelds offline (TS-55630)", """
            Frontier Days Saturday. The cell tower was swamped by 11:00 and the handhelds did not
            fall back to offline mode: firmware 10.2 had not been installed on the TC52s. Roughly
            four hours of cash-only entry at the stockade gate. Support ticket number TS-55630.
            Dana ran the gate with a cash box."""),
        act("a-fcl-002", "note", "2025-09-14T13:00:00Z", "u-niamh", ["c-fcl-dana"],
            "Starlink kit", """
            Starlink kit shipped overnight from Louisville and installed by Dana at 7am Sunday;
            all six handhelds back online. We covered the $1,900 cost."""),
        act("a-fcl-003", "meeting", "2025-02-11T16:00:00Z", "u-niamh", ["c-fcl-dana"],
            "Blacksmith apprenticeship enrolment", """
            Dana showed me the blacksmith apprenticeship program: weekend courses enrolled through
            Members on an 'Apprentice' tier with a waitlist of 31. Rhonda Kessler in the gift shop
            sells the class kits through Till."""),
        act("a-fcl-004", "email", "2025-11-05T15:00:00Z", "u-niamh", ["c-fcl-travis", "c-fcl-wade"],
            "County budget transition", """
            Wade, Niamh - the County will assume the Fort's operating budget from July 1, 2026.
            All software contracts over $25,000 will be reviewed against the County's ParkLedger
            reservation platform before renewal. Travis Boone, Director, Harlan Ridge County Parks
            & Recreation""", "inbound"),
        act("a-fcl-005", "call", "2026-01-08T17:00:00Z", "u-niamh", ["c-fcl-wade"],
            "Renewal quote", """
            Wade wants the renewal quote in hand before the county review and asked to keep
            quarterly billing. Sent quote Q-FCL-2026-01 for $45,320 a year (3 years, billed
            quarterly)."""),
        act("a-fcl-006", "email", "2024-04-02T14:00:00Z", "u-niamh", ["c-fcl-marlene"],
            "Overdue invoice INV-US-24-0331", """
            Hi Marlene, invoice INV-US-24-0331 is now 60 days overdue, as is INV-US-24-0215.
            Could you let me know when we can expect payment? Thanks, Niamh""", "outbound"),
        act("a-fcl-007", "email", "2026-02-19T15:30:00Z", "u-niamh", ["c-fcl-dana"],
            "Firmware 10.4 installed", """
            Dana - confirming firmware 10.4 is installed on all six TC52s and offline mode passed
            our test at the stockade gate (airplane mode, 50 scans, all synced).""", "outbound"),
    ],
}

FCL_INTERVIEW = {
    "decision_maker": t("""Wade Pettigrew, the executive director, has always signed. But from
        July 1 the county holds the Fort's operating budget, so Travis Boone at Harlan Ridge
        County Parks effectively has to agree. Wade cares about school field trips and Frontier
        Days; he judges every season by Frontier Days gate attendance. Travis cares about one
        system for the whole county."""),
    "champion": t("""Dana Holloway, ops manager. Dana runs the place, honestly. Text her. We
        promised her offline mode would be bulletproof before Frontier Days 2026; firmware 10.4
        is on all six handhelds now and we tested it at the stockade gate. She needs Frontier
        Days 2026 to run clean, because she's the one who had to stand at the gate with a cash
        box last September."""),
    "hidden_commitments": t("""Okay, so Fort Calloway is a small account on paper, but it's the
        kind of place where everything runs on handshakes, and I've made a few. Wade is old
        school: he remembers what you said on the porch more than what's in the PDF, and he'll
        quote it back to you. The big one is Frontier Days, their reenactment festival the
        second weekend of September. Every September I've promised Wade two of our people
        onsite for Frontier Days to run the gates alongside his volunteers. Did it in 2024 and 2025 - I
        went myself with one of the implementation folks. It's not in the contract and there's
        no services line for it; Wade just expects it. Also the Starlink kit we shipped during
        the outage - I told Dana they could keep it, no charge, as a backup for next year.
        Nobody's invoiced them for it and nobody should. And one tiny one: I told Rhonda in the
        gift shop we'd look at a barcode label printer for the class kits. I haven't, so that's
        open."""),
    "history_sensitivities": t("""Frontier Days 2025. The cell tower got swamped on the Saturday.
        The handhelds were supposed to fall back to offline mode and didn't, because the
        firmware update hadn't been installed. Four hours of cash only. We overnighted a
        Starlink kit from Louisville and ate the cost. Offline mode is a sore subject with Dana,
        and Wade is terrified the county will hear about it."""),
    "pricing_story": t("""Flat fee, three years, billed quarterly because the county budget runs
        on quarters and Marlene can't pay a big annual invoice. Till was free for the first
        year - that was the sweetener to keep them off the county's ParkLedger system in
        2023."""),
    "unexpected_use": t("""Blacksmith classes. They run a blacksmith apprenticeship program -
        weekend courses - and enrol the students through Members on an 'Apprentice' tier with
        a waitlist. Rhonda in the gift shop sells the class kits through Till."""),
    "channels_surprises": t("""Wade: office landline; he doesn't give out his cell. Dana: text.
        Marlene: email, Tuesdays and Thursdays only. Travis at the county must never be
        surprised, especially by anything that might reach the press or a county commissioner.
        Tell him before anyone else does."""),
    "org_changes": t("""The county takes over the Fort's operating budget on July 1, 2026. All
        software contracts over $25,000 get reviewed against ParkLedger. There's a new county
        commissioner for the district too, elected in November."""),
    "warning_signs": t("""Late payments from Marlene. In early 2024 two invoices went 60 days
        overdue, and it turned out Wade was in a budget fight with the county. So if invoices
        slip, ask Wade what's happening with the county."""),
    "renewal_risk": t("""Stated: 'the county procurement review.' Real: Travis wants every park
        on ParkLedger, one system, and a commissioner told him about the Frontier Days outage
        before we did."""),
}

# ---------------------------------------------------------------------------
# Other reps' accounts: look-alike facts that must not leak.
# ---------------------------------------------------------------------------
KCA = {
    "id": "acc-kca",
    "name": "Kapiti Coast Aquarium",
    "owner_id": "u-rangi",
    "arr": 71000,
    "currency": "NZD",
    "segment": "mid_market",
    "industry": "Aquarium",
    "territory": "New Zealand",
    "renewal_date": "2026-10-31",
    "contract_notes": "Two-year term. Gate, Members and Till. Per-ticket fee 2%, no cap.",
    "contacts": [
        contact("c-kca-mark", "Mark Tuilagi", "General Manager", "mark.tuilagi@kapitiaquarium.test",
                "+64 4 555 0161", "decision_maker", "email", 4),
        contact("c-kca-lucy", "Dr. Lucy Barnard", "Head Vet & Animal Welfare Lead",
                "lucy.barnard@kapitiaquarium.test", "+64 4 555 0170", "user", "email", 3),
    ],
    "opportunities": [],
    "activities": [
        act("a-kca-001", "meeting", "2025-08-12T22:00:00Z", "u-rangi", ["c-kca-mark"],
            "Annual review", """
            Annual review with Mark Tuilagi. The aquarium's annual visitor number was 310,000 last
            year, up 6%. Adopt-a-turtle sponsorships steady at around 400."""),
        act("a-kca-002", "email", "2025-10-02T01:00:00Z", "u-rangi", ["c-kca-mark"],
            "Café POS", """
            Rangi, our café manager got a quote from Lightspeed: NZD 11,200 a year for the café
            POS. Can you match it? Mark""", "inbound"),
        act("a-kca-003", "note", "2026-01-15T03:00:00Z", "u-rangi", ["c-kca-lucy", "c-kca-mark"],
            "Wetlands boardwalk", """
            The board approved a budget of NZD 1.8 million for the new wetlands boardwalk precinct,
            opening 2027. Dr. Lucy Barnard, head vet, leads animal welfare planning for it."""),
    ],
}

OHC = {
    "id": "acc-ohc",
    "name": "Ohio Heritage Collective",
    "owner_id": "u-dylan",
    "arr": 212000,
    "currency": "USD",
    "segment": "mid_market",
    "industry": "Museums & Heritage",
    "territory": "North America",
    "renewal_date": "2026-12-31",
    "contract_notes": "Five venues on one agreement. Uplift capped at 5%. Net 30.",
    "contacts": [
        contact("c-ohc-patricia", "Patricia Osei", "Executive Director", "posei@ohioheritage.test",
                "+1 614 555 0187", "decision_maker", "phone", 2, "Cell: +1 614 555 0187."),
        contact("c-ohc-glen", "Glen Harmon", "Director of Operations", "gharmon@ohioheritage.test",
                "+1 614 555 0122", "champion", "email", 4),
    ],
    "opportunities": [
        opp("o-ohc-renewal", "Renewal 2027", "qualification", 218000, "2026-12-15",
            "Meet Patricia for an introduction"),
    ],
    "activities": [
        act("a-ohc-001", "email", "2025-09-10T15:00:00Z", "u-dylan", ["c-ohc-glen"],
            "Gateway quote", """
            Dylan, for transparency: Gateway quoted $38,000 per venue for Galaxy across our five
            venues. Glen""", "inbound"),
        act("a-ohc-002", "meeting", "2025-10-15T15:00:00Z", "u-dylan", ["c-ohc-patricia", "c-ohc-glen"],
            "Annual attendance review", """
            The Collective's total attendance last year was 1.2 million across five venues. The
            Pioneer Days festival drew 18,500 and the canal boat carried 41,000 passengers."""),
        act("a-ohc-003", "email", "2025-12-01T14:00:00Z", "u-dylan", ["c-ohc-patricia"],
            "New Executive Director", """
            Patricia Osei introduced herself as the new Executive Director, replacing Harold Greer
            who retired in November. Her cell: +1 614 555 0187. Her father, Kwame Osei, chairs the
            Friends board; his phone number is +1 614 555 0133.""", "inbound"),
    ],
}

COR = {
    "id": "acc-cor",
    "name": "Corrib Arts Centre",
    "owner_id": "u-dylan",
    "arr": 36000,
    "currency": "EUR",
    "segment": "smb",
    "industry": "Performing Arts",
    "territory": "Ireland",
    "renewal_date": "2026-09-30",
    "contract_notes": "Annual term. Gate reserved seating and Members.",
    "contacts": [
        contact("c-cor-kevin", "Kevin Moran", "General Manager", "kevin.moran@corribarts.test",
                "+353 91 555 014", "decision_maker", "email", 3),
        contact("c-cor-maire", "Máire Ní Fhlatharta", "Board Chair", "maire@corribarts.test",
                "+353 91 555 020", "other", "email", 2),
    ],
    "opportunities": [],
    "activities": [
        act("a-cor-001", "email", "2025-11-18T12:00:00Z", "u-dylan", ["c-cor-kevin"],
            "Competitor quotes", """
            Dylan, in fairness to you: Spektrix quoted us €41,500 a year and Ticketsolve quoted
            €9,400 for the studio only. Kevin""", "inbound"),
        act("a-cor-002", "note", "2026-01-20T12:00:00Z", "u-dylan", ["c-cor-maire"],
            "New board chair", """
            Máire Ní Fhlatharta has been appointed as the new chair of the Corrib Arts Centre
            board, from January."""),
        act("a-cor-003", "call", "2026-02-05T12:00:00Z", "u-dylan", ["c-cor-kevin"],
            "Renewal timing", """
            Kevin expects the renewal decision after the Arts Council funding announcement in
            April."""),
    ],
}

ACCOUNTS = [MSMC, KBR, TBA, LSP, WWP, FCL, KCA, OHC, COR]
INTERVIEWS = {
    "acc-msmc": MSMC_INTERVIEW,
    "acc-kbr": KBR_INTERVIEW,
    "acc-tba": TBA_INTERVIEW,
    "acc-lsp": LSP_INTERVIEW,
    "acc-wwp": WWP_INTERVIEW,
    "acc-fcl": FCL_INTERVIEW,
}

# ---------------------------------------------------------------------------
# Questions. Gold shorthand: "i:<bank id>", "a:<activity id>", "c:<contact id>",
# "o:<opportunity id>", "acc" (the account record itself).
# ---------------------------------------------------------------------------
Q = []


def ask(account, question, gold, must):
    Q.append((account, question, "answer", gold, must))


def abstain(account, question):
    Q.append((account, question, "abstain", [], []))


# --- Michigan State Museums Consortium
ask("acc-msmc", "who actually signs off on the msmc renewal?",
    ["i:decision_maker"], ["Janet"])
ask("acc-msmc", "Above what amount does Finance have to sign off before a contract even reaches Lorraine?",
    ["i:decision_maker"], ["$250,000"])
ask("acc-msmc", "what queue time target did marco give his board",
    ["i:champion"], ["6 minutes"])
ask("acc-msmc", "Is there an off-paper promise about replacing the handhelds at the seasonal sites?",
    ["i:hidden_commitments"], ["TC53"])
ask("acc-msmc", "ticket # for the july 4 motor hall outage?",
    ["a:a-msmc-001", "a:a-msmc-002"], ["TS-48213"])
ask("acc-msmc", "How big was the service credit after the July Fourth incident?",
    ["i:history_sensitivities", "a:a-msmc-002"], ["$22,300"])
ask("acc-msmc", "how many volunteers are on the $0 tier and which grant are their hours matched against",
    ["i:unexpected_use", "a:a-msmc-007"], ["640", "IMLS"])
ask("acc-msmc", "Who has to approve anything that touches the Consortium's network or scanners, and how much notice do they need?",
    ["i:channels_surprises", "c:c-msmc-derek"], ["Derek", "ten business days"])
ask("acc-msmc", "What's the PO number on the current MSMC term?",
    ["a:a-msmc-009"], ["771-2023-0489"])
ask("acc-msmc", "when is the ED retiring",
    ["i:org_changes", "a:a-msmc-010"], ["December"])
ask("acc-msmc", "If the Consortium renewal slips, what will they say and what's really going on?",
    ["i:renewal_risk"], ["procurement", "Derek"])
ask("acc-msmc", "what's the renewal uplift cap at msmc",
    ["acc", "i:pricing_story", "i:decision_maker", "a:a-msmc-012"], ["4%"])
ask("acc-msmc", "Bev's email address?",
    ["c:c-msmc-beverly"], ["bnunn@michiganmuseums.test"])
ask("acc-msmc", "Which venues went on at the flat add-on rate, and why flat?",
    ["i:pricing_story", "acc"], ["Sleeping Bear", "seasonal"])
ask("acc-msmc", "last time derek asked for export docs, what happened next?",
    ["i:warning_signs"], ["RFP"])
abstain("acc-msmc", "What did Gateway quote per venue for the Consortium?")
abstain("acc-msmc", "What was the Consortium's total attendance last year?")
abstain("acc-msmc", "who's replacing Lorraine as executive director?")

# --- Kilbrack & Ballyvane Railway
ask("acc-kbr", "who signs at the kbr",
    ["i:decision_maker", "c:c-kbr-declan"], ["Declan"])
ask("acc-kbr", "What did Niamh agree with Dec about 2027 pricing?",
    ["i:hidden_commitments", "a:a-kbr-006"], ["case study video"])
ask("acc-kbr", "invoice number for the railway's 2025 invoice?",
    ["a:a-kbr-005"], ["INV-IE-25-0912"])
ask("acc-kbr", "Why does the heritage railway get invoiced in September rather than at renewal?",
    ["i:pricing_story"], ["grant drawdown"])
ask("acc-kbr", "how do the drivers and firemen get rostered",
    ["i:unexpected_use", "a:a-kbr-003"], ["€0 tickets"])
ask("acc-kbr", "what's the station master's mobile?",
    ["c:c-kbr-paudie"], ["+353 86 331 7720"])
ask("acc-kbr", "When is the Trust's AGM this year, and who's stepping down?",
    ["i:org_changes", "a:a-kbr-006"], ["16 May", "Declan"])
ask("acc-kbr", "why might the railway walk at renewal, really?",
    ["i:renewal_risk"], ["Ticketsolve", "WordPress"])
abstain("acc-kbr", "How many passengers did the KBR carry last year?")
abstain("acc-kbr", "What's Conor's dad's phone number?")

# --- Tāmaki Bay Aquarium
ask("acc-tba", "who signs at the tank?",
    ["i:decision_maker", "c:c-tba-hemi"], ["Hemi"])
ask("acc-tba", "What yield uplift has Priya committed to her board?",
    ["i:champion", "a:a-tba-003"], ["12%"])
ask("acc-tba", "did we promise them anything for the matariki event",
    ["i:hidden_commitments", "a:a-tba-009"], ["Till licences"])
ask("acc-tba", "ref number for the boxing day terminal meltdown?",
    ["a:a-tba-001", "a:a-tba-002"], ["TS-50211"])
ask("acc-tba", "How much did we credit Tāmaki Bay for the Boxing Day outage?",
    ["i:history_sensitivities", "a:a-tba-002"], ["4,800"])
ask("acc-tba", "Why don't school bookings carry a ticket fee at the aquarium?",
    ["i:pricing_story", "acc", "a:a-tba-003"], ["Ocean Classroom"])
ask("acc-tba", "how many people adopt turtles there",
    ["i:unexpected_use", "a:a-tba-006"], ["1,150"])
ask("acc-tba", "Who is the new head of digital at TBA, and who do they report to?",
    ["i:org_changes", "a:a-tba-008"], ["Liam Chen", "Gareth"])
ask("acc-tba", "Josh just asked what Till costs on its own - should I be worried?",
    ["i:warning_signs"], ["Square"])
ask("acc-tba", "What's the Slack channel for Priya?",
    ["c:c-tba-priya", "i:channels_surprises"], ["#tba-turnstyle"])
abstain("acc-tba", "What's the Tank's annual visitor number?")
abstain("acc-tba", "how much did Lightspeed quote Josh for the café?")

# --- Liffeyside Playhouse
ask("acc-lsp", "who signs for the liffeyside?",
    ["i:decision_maker", "c:c-lsp-ronan"], ["Ronan"])
ask("acc-lsp", "why does fionnuala hate booking fees so much",
    ["i:pricing_story", "a:a-lsp-003"], ["tax on the audience"])
ask("acc-lsp", "How many seats were double-sold at the festival opening?",
    ["i:history_sensitivities", "a:a-lsp-001"], ["62"])
ask("acc-lsp", "contract ref for the Playhouse?",
    ["acc"], ["LSP-2024-007"])
ask("acc-lsp", "how many name-a-seat plaques have they sold",
    ["i:unexpected_use", "a:a-lsp-004"], ["212"])
ask("acc-lsp", "What exactly did Niamh tell Ronan about our fee while the theatre is dark?",
    ["i:hidden_commitments"], ["charge nothing"])
ask("acc-lsp", "When does the Playhouse close for the refurb, and where are they going in the meantime?",
    ["i:org_changes", "a:a-lsp-006"], ["January 2027", "Granary"])
ask("acc-lsp", "How do I get in touch with the AD?",
    ["i:channels_surprises", "c:c-lsp-fionnuala"], ["Sinéad"])
ask("acc-lsp", "is spektrix sniffing around the playhouse?",
    ["i:renewal_risk", "a:a-lsp-007"], ["lunch"])
ask("acc-lsp", "Which legacy Friends tiers did we promise Shin we'd keep running?",
    ["i:hidden_commitments", "a:a-lsp-009"], ["Best Friend", "Patron"])
abstain("acc-lsp", "How much has Spektrix quoted the Liffeyside?")
abstain("acc-lsp", "Who's the new chair of the Playhouse board?")

# --- Waimakariri Wildlife Park
ask("acc-wwp", "who actually approves the waimak renewal",
    ["i:decision_maker", "acc"], ["Bruce Hadlee"])
ask("acc-wwp", "What went wrong with the 2023 price letter?",
    ["i:history_sensitivities", "a:a-wwp-001", "a:a-wwp-002"], ["18%"])
ask("acc-wwp", "why are they buying cheetah meat through the POS??",
    ["i:unexpected_use", "a:a-wwp-004"], ["feed inventory"])
ask("acc-wwp", "Did we promise Leanne anything about the uplift beyond this term?",
    ["i:hidden_commitments"], ["3%"])
ask("acc-wwp", "When's Kirsty leaving, and where's she off to?",
    ["i:org_changes", "a:a-wwp-008"], ["August", "Brisbane"])
ask("acc-wwp", "What's the early warning sign with the finance team at Waimak?",
    ["i:warning_signs", "a:a-wwp-006"], ["late payment"])
ask("acc-wwp", "next step on the wetlands opp?",
    ["o:o-wwp-wetlands"], ["June board meeting"])
ask("acc-wwp", "Is Tama going for the GM job?",
    ["i:champion", "i:org_changes"], ["applied"])
abstain("acc-wwp", "who's the vet at Waimak")
abstain("acc-wwp", "What budget did the board approve for the Wetlands precinct?")

# --- Fort Calloway Living History Park
ask("acc-fcl", "who calls the shots at the fort now that the county's involved?",
    ["i:decision_maker"], ["Travis"])
ask("acc-fcl", "What caused the Frontier Days outage, and what did the fix cost us?",
    ["i:history_sensitivities", "a:a-fcl-001", "a:a-fcl-002"], ["firmware", "$1,900"])
ask("acc-fcl", "frontier days support ticket?",
    ["a:a-fcl-001"], ["TS-55630"])
ask("acc-fcl", "Are we on the hook to staff Frontier Days again this year?",
    ["i:hidden_commitments"], ["two of our people"])
ask("acc-fcl", "What's the quote number on the Fort Calloway renewal?",
    ["a:a-fcl-005"], ["Q-FCL-2026-01"])
ask("acc-fcl", "what do they use members for besides, you know, members",
    ["i:unexpected_use", "a:a-fcl-003"], ["blacksmith"])
ask("acc-fcl", "When does Harlan Ridge County take over the Fort's budget?",
    ["i:org_changes", "i:decision_maker", "a:a-fcl-004"], ["July 1"])
ask("acc-fcl", "bookkeeper's email?",
    ["c:c-fcl-marlene"], ["marlene@fortcalloway.test"])
abstain("acc-fcl", "What was attendance at Frontier Days last year?")
abstain("acc-fcl", "What's Wade's cell number?")


def gold_entry(account_id, g):
    if g == "acc":
        return {"kind": "account", "id": account_id}
    kind, ref = g.split(":", 1)
    if kind == "i":
        return {"kind": "interview", "question_id": ref}
    return {"kind": {"a": "activity", "c": "contact", "o": "opportunity"}[kind], "id": ref}


def build():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    questions = []
    for n, (acc, text, expect, gold, must) in enumerate(Q, 1):
        questions.append({
            "id": f"q-{n:03d}",
            "account_id": acc,
            "question": text,
            "expect": expect,
            "gold_sources": [gold_entry(acc, g) for g in gold],
            "must_mention": must,
        })
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-niamh",
        "successor_user_id": "u-jordan",
        "manager_user_id": "u-grace",
        "interviews": INTERVIEWS,
        "questions": questions,
    }
    return bundle, ev


def main():
    bundle, ev = build()
    for name, data in (("bundle.json", bundle), ("eval.json", ev)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
    n_act = sum(len(a["activities"]) for a in bundle["accounts"])
    n_con = sum(len(a["contacts"]) for a in bundle["accounts"])
    n_abs = sum(1 for q in ev["questions"] if q["expect"] == "abstain")
    print(f"wrote bundle.json and eval.json: {len(bundle['accounts'])} accounts, {n_con} contacts, "
          f"{n_act} activities, {len(ev['questions'])} questions ({n_abs} abstain)")


if __name__ == "__main__":
    main()
