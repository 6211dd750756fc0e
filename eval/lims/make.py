#!/usr/bin/env python3
"""Generate bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1).

World: Assayra, a vendor of a LIMS (Assayra Core), sample tracking (SampleTrack),
instrument integration (InstrumentLink), a client portal (ClientPortal) and
QC Analytics, selling to contract testing, food and water testing and hospital
pathology labs in the US, the UK and Ireland.

Departing owner: Declan Moriarty (u-declan), six accounts.
Other reps: Siobhan Reilly (two accounts) and Tom Achterberg (one account);
their records hold look-alike facts for the unanswerable questions.

Run:  python3 make.py   (writes bundle.json and eval.json next to this file)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def t(s):
    """Dedent a triple-quoted string: single newlines become spaces, blank lines
    become paragraph breaks."""
    paras = re.split(r"\n\s*\n", s.strip())
    return "\n\n".join(" ".join(p.split()) for p in paras)


# --------------------------------------------------------------------------
# Users
# --------------------------------------------------------------------------
USERS = [
    {"id": "u-declan", "name": "Declan Moriarty", "email": "declan.moriarty@assayra.test",
     "role": "rep", "manager_id": "u-marcus", "team": "Strategic Labs"},
    {"id": "u-hannah", "name": "Hannah Okafor", "email": "hannah.okafor@assayra.test",
     "role": "rep", "manager_id": "u-marcus", "team": "Strategic Labs"},
    {"id": "u-marcus", "name": "Marcus Feld", "email": "marcus.feld@assayra.test",
     "role": "manager", "team": "Strategic Labs"},
    {"id": "u-siobhan", "name": "Siobhan Reilly", "email": "siobhan.reilly@assayra.test",
     "role": "rep", "manager_id": "u-marcus", "team": "UK Public Sector"},
    {"id": "u-tom", "name": "Tom Achterberg", "email": "tom.achterberg@assayra.test",
     "role": "rep", "manager_id": "u-marcus", "team": "US West Commercial"},
    {"id": "u-admin", "name": "Platform Admin", "email": "admin@assayra.test",
     "role": "admin"},
]


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    c = {"id": cid, "name": name, "title": title}
    if email:
        c["email"] = email
    if phone:
        c["phone"] = phone
    c["role"] = role
    if channel:
        c["preferred_channel"] = channel
    if strength is not None:
        c["relationship_strength"] = strength
    if notes:
        c["notes"] = notes
    return c


def act(aid, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": t(body)}
    if direction:
        a["direction"] = direction
    return a


def opp(oid, name, stage, amount, close, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": next_step}


# ==========================================================================
# 1. Tamarack Regional Water Authority Laboratory (US, SMB) -- terse owner
# ==========================================================================
TAMARACK = {
    "id": "acc-tamarack",
    "name": "Tamarack Regional Water Authority Laboratory",
    "owner_id": "u-declan",
    "arr": 28000,
    "segment": "smb",
    "industry": "Water utility laboratory",
    "territory": "US West",
    "renewal_date": "2027-03-31",
    "contract_notes": t("""USD. 12 named seats, Bend, Oregon. Assayra Core + SampleTrack.
        Annual term, paid upfront on a municipal purchase order. FY26 price held flat at
        $28,000 (no uplift) in exchange for a published case study. Seats reduced from 14
        to 12 at the FY25 renewal."""),
    "contacts": [
        contact("c-tam-gil", "Gilbert Navarro", "Utility Operations Director",
                "gil.navarro@tamarackwater.test", "+1 541 555 0107", "economic_buyer",
                "phone", 3,
                "Goes by Gil. Presents the lab budget to the utility board. Answers his "
                "phone; rarely reads long email."),
        contact("c-tam-ruth", "Ruth Abernathy", "Laboratory Manager",
                "ruth.abernathy@tamarackwater.test", "+1 541 555 0142", "decision_maker",
                "email", 3, "Runs the 12-person lab. Raises the annual PO."),
        contact("c-tam-kim", "Kimberly Tran", "QA Chemist and LIMS Administrator",
                "kim.tran@tamarackwater.test", None, "champion", "chat", 5,
                "Goes by Kim. Builds all the templates and reports. Prefers Teams chat."),
        contact("c-tam-doug", "Doug Pelletier", "IT Systems Analyst",
                "doug.pelletier@tamarackwater.test", "+1 541 555 0163", "blocker",
                "email", 2,
                "Owns identity, hosting and security reviews for the authority. Wants "
                "Azure AD single sign-on."),
    ],
    "opportunities": [
        opp("o-tam-renewal", "Renewal FY27", "proposal", 28000, "2027-03-31",
            "Get FY27 quote to Gil before the February board meeting; Ruth to raise the PO"),
    ],
    "activities": [
        act("a-tam-006", "email", "2025-08-21T15:05:00Z", "u-declan", ["c-tam-kim"],
            "Ticket 48213 - label printing",
            """Declan, ticket 48213 is now on day 9. Since the 7.3 update the Zebra ZD421
            printers print one label every 40 seconds. We're hand-writing bottle labels for
            the compliance samples. Ruth is not happy. Please escalate. Kim""",
            "inbound"),
        act("a-tam-001", "email", "2025-11-04T16:20:00Z", "u-declan", ["c-tam-ruth"],
            "FY26 PO issued",
            """Declan, the FY26 purchase order is through. PO number PO-TRWA-26-0193,
            $28,000, net 30. Please reference it on the invoice or AP will bounce it.
            Thanks, Ruth""",
            "inbound"),
        act("a-tam-002", "call", "2026-01-15T18:00:00Z", "u-declan", ["c-tam-kim"],
            "Quanti-Tray results entry",
            """Call with Kim. They read IDEXX Colilert Quanti-Tray/2000 trays by hand, type
            the positive wells into Core, then look up the MPN in a paper table. Two
            transcription errors caught in Q4. Kim asked whether we can calculate the MPN
            from the well counts. I said yes: we'd build a Quanti-Tray MPN template for her
            at no charge, before their renewal. She also asked about connecting the Thermo
            iCAP RQ ICP-MS through InstrumentLink; told her that is a paid module and I'd
            send pricing later."""),
        act("a-tam-003", "meeting", "2026-03-10T17:00:00Z", "u-declan",
            ["c-tam-ruth", "c-tam-kim"],
            "ORELAP assessment prep (on site)",
            """On site in Bend with Ruth and Kim, preparing for the ORELAP on-site
            assessment in June. They want audit trail reports per analyst and a
            chain-of-custody printout; showed the SampleTrack custody report. Side note:
            they open a 'sample' in SampleTrack for every taste-and-odour complaint a
            resident phones in, and close it when the result goes back to the customer
            service desk. Nobody told us. It works."""),
        act("a-tam-004", "email", "2026-05-02T20:40:00Z", "u-declan", ["c-tam-doug"],
            "Single sign-on requirement",
            """Declan, authority policy now requires every SaaS application to use Azure AD
            single sign-on by July 1, 2027. Assayra is on my list. Please send your SSO
            documentation and your SOC 2 report. I'd appreciate hearing about anything that
            changes hosting or login before it happens, not after. Doug Pelletier, IT
            Systems Analyst""",
            "inbound"),
        act("a-tam-005", "note", "2026-06-20T22:10:00Z", "u-declan", ["c-tam-gil"],
            "Gil - assessment result and board study",
            """Phone call with Gil. ORELAP assessment passed. He mentioned the board has
            asked staff to study consolidating the lab with the Deschutes County
            environmental health lab. Early days. Follow up."""),
        act("a-tam-007", "call", "2026-09-09T16:30:00Z", "u-declan", ["c-tam-gil"],
            "Renewal pre-call",
            """Gil says the FY27 lab budget is being cut 6% across the board. He asked for
            our FY27 quote early so he can take it to the board in February. Discussed
            options; he wants one number, no tiers."""),
    ],
}

TAMARACK_INTERVIEW = {
    "decision_maker": t("""Gil Navarro. Ops director. Takes the number to the utility board
        and signs. Ruth recommends; if Ruth's happy, Gil signs. Gil cares about one thing:
        no questions from the board. Keep the price flat and boring."""),
    "champion": t("""Kim Tran. QA chemist, runs the LIMS. Promised her the Quanti-Tray MPN
        template, free, before renewal. Not built yet. Her win: clean ORELAP assessment and
        no more transcription errors."""),
    "hidden_commitments": t("""1. MPN template for Kim, no charge. 2. Told Gil on the
        September call we'd hold FY27 flat at $28,000 if the case study gets published.
        Verbal. Not in the contract, not in the opp. 3. Nothing else."""),
    "history_sensitivities": t("""Label printer ticket, August 2025. Zebra printers crawled
        after our 7.3 update. Took nine days to fix; they hand-wrote bottle labels
        meanwhile. Ruth still brings it up. Don't promise support turnaround times you
        can't hit."""),
    "pricing_story": t("""$28k, 12 seats. Smallest in my book. Was 14 seats; cut to 12 in
        FY25. Price flat because of the case study deal. Municipal budget, annual only.
        Don't try multi-year."""),
    "unexpected_use": t("""Resident taste-and-odour complaints. They open each call as a
        sample in SampleTrack, close it when the answer goes back. It's their complaint
        log. Don't break it in an upgrade."""),
    "channels_surprises": t("""Gil: phone. Won't read long email. Ruth: email. Kim: Teams
        chat. Doug (IT): email, and never surprise him. Anything touching login, SSO or
        hosting goes to Doug first."""),
    "org_changes": t("""Board is studying merging the lab into the Deschutes County
        environmental health lab. Vote maybe spring 2027. County runs LabWare."""),
    "warning_signs": t("""Ruth goes quiet before budget season. Last time, January 2025:
        three weeks no replies, then the seat cut from 14 to 12."""),
    "renewal_risk": t("""Stated reason: budget cut. Real reason: the county merger. If it
        happens, the merged lab goes LabWare."""),
}

# ==========================================================================
# 2. Meridian Analytical Group (US, enterprise) -- jargon-heavy owner
# ==========================================================================
MERIDIAN = {
    "id": "acc-meridian",
    "name": "Meridian Analytical Group",
    "owner_id": "u-declan",
    "arr": 1100000,
    "segment": "enterprise",
    "industry": "Contract testing laboratories",
    "territory": "US East",
    "renewal_date": "2027-06-30",
    "contract_notes": t("""USD. Enterprise MSA MSA-2024-MAG-017, 3-year term 2024-07-01 to
        2027-06-30. 40 sites, 610 named users, priced in site bands ($27,500 per site).
        Modules: Core, SampleTrack, InstrumentLink, ClientPortal, QC Analytics. 18%
        multi-year discount; annual uplift capped at 4%. Site rollout professional
        services under SOW-MAG-0042, billed separately. ClientPortal availability SLA
        99.9% monthly with service credits."""),
    "contacts": [
        contact("c-mag-vanessa", "Vanessa Cho", "Chief Operating Officer",
                "vanessa.cho@meridianlabs.test", "+1 919 555 0170", "economic_buyer",
                "email", 2,
                "Owns the P&L for the 40-lab network. Reads everything on her phone; five "
                "slides maximum."),
        contact("c-mag-raj", "Rajesh Iyer", "VP Laboratory Informatics",
                "raj.iyer@meridianlabs.test", "+1 919 555 0134", "champion", "chat", 5,
                "Goes by Raj. Slack Connect channel #assayra-meridian. For anything urgent, "
                "text his cell."),
        contact("c-mag-dana", "Dana Whitfield", "Director of Quality and Compliance",
                "dana.whitfield@meridianlabs.test", "+1 919 555 0151", "influencer",
                "email", 3,
                "Runs A2LA / ISO 17025 and NELAP accreditation across all sites."),
        contact("c-mag-brent", "Brent Kowalski", "Strategic Sourcing Lead",
                "brent.kowalski@meridianlabs.test", "+1 919 555 0119", "blocker", "email",
                2, "Procurement. Wants everything in writing; copies legal on anything "
                "commercial."),
        contact("c-mag-lucia", "Lucía Ferreira", "Site Director, Houston",
                "lucia.ferreira@meridianlabs.test", "+1 713 555 0126", "influencer",
                "phone", 4,
                "Runs the largest site in the network. Built the QC-chart maintenance "
                "routine."),
        contact("c-mag-owen", "Owen Mbeki", "Chief Information Officer",
                "owen.mbeki@meridianlabs.test", None, "decision_maker", "email", 1,
                "Joined July 2026 from Atrium Health. Not met in person yet."),
    ],
    "opportunities": [
        opp("o-mag-renewal", "Renewal 2027 (3-year)", "discovery", 1150000, "2027-06-30",
            "Exec alignment meeting with Owen Mbeki before the platform RFI closes"),
        opp("o-mag-bayou", "Expansion - Bayou Analytical six Gulf Coast sites",
            "qualification", 165000, "2027-02-26",
            "Site surveys at Mobile and Baton Rouge; Raj to share instrument lists"),
    ],
    "activities": [
        act("a-mag-001", "meeting", "2025-10-21T14:00:00Z", "u-declan",
            ["c-mag-vanessa", "c-mag-raj", "c-mag-dana"],
            "Q4 QBR (Raleigh)",
            """Attendees: Vanessa Cho, Raj Iyer, Dana Whitfield; Declan Moriarty and Priya
            Natarajan (CSM) for Assayra.

            1) Rollout: 31 of 40 sites live on Core + SampleTrack. The remaining nine are
            the Mountain region sites, planned Q1-Q2 2026 under SOW-MAG-0042.

            2) Turnaround: network median TAT down from 6.8 to 5.6 days since go-live.
            Vanessa's board target is under 5 days.

            3) ClientPortal adoption: 1,240 client logins per month.

            4) Risks: Xevo TQ-S driver at Kansas City; audit trail export performance for
            Dana's A2LA work.

            5) Actions: Priya to send a monthly TAT dashboard; Declan to bring product
            management to the next QBR for the InstrumentLink roadmap."""),
        act("a-mag-002", "email", "2025-12-03T15:12:00Z", "u-declan", ["c-mag-brent"],
            "Renewal pricing position",
            """Declan, as we begin early planning for the 2027 renewal, Meridian expects a
            reduction of at least 8% on the per-site rate. For reference, STARLIMS priced
            equivalent scope at $910,000 per year during the 2024 evaluation. Please respond
            in writing. Legal (cc) will review any proposed change to MSA-2024-MAG-017.
            Regards, Brent Kowalski, Strategic Sourcing""",
            "inbound"),
        act("a-mag-003", "call", "2026-01-28T19:00:00Z", "u-declan", ["c-mag-raj"],
            "Kansas City Xevo driver",
            """Raj on the call. The InstrumentLink driver for the Waters Xevo TQ-S at the
            Kansas City site has been dropping result files since the MassLynx 4.2 update;
            about 300 PFAS results had to be re-imported by hand. Engineering shipping
            hot-fix IL-4.8.3 on Feb 2. Raj asked for a named engineering contact for
            instrument drivers; gave him Sven Aalto."""),
        act("a-mag-004", "email", "2026-02-17T13:45:00Z", "u-declan", ["c-mag-dana"],
            "A2LA reassessment - Houston",
            """Declan, the A2LA reassessment at Houston closed with two minor findings, both
            about audit trail export: the export omitted the reason-for-change field and
            timed out above 50,000 rows. Your 7.4.2 patch fixed both and the assessor
            accepted our corrective action on February 12. I'd like to know about any
            change to audit trail behaviour before it ships, not after. Dana""",
            "inbound"),
        act("a-mag-005", "note", "2026-03-30T21:00:00Z", "u-declan",
            ["c-mag-vanessa", "c-mag-raj"],
            "ClientPortal outage 12 March - service credit",
            """ClientPortal was down 6h 40m on March 12 across all 40 sites (expired
            certificate on the portal load balancer). Monthly availability 99.1% against the
            99.9% SLA. Service credit of $22,500 issued as credit memo CM-2026-118, applied
            to the Q2 invoice. Vanessa took calls from three top-10 clients. RCA sent
            March 19."""),
        act("a-mag-006", "meeting", "2026-05-14T15:00:00Z", "u-declan", ["c-mag-lucia"],
            "Houston site visit",
            """Walked the Houston lab with Lucía. Her team uses QC Analytics control charts
            on instrument check standards to predict when an ICP-MS or GC-MS needs
            maintenance: a drift trend on the Westgard chart triggers a work order before
            the instrument fails calibration. Downtime on the Agilent 7900s is down by about
            a third. She would like the charts to open work orders in their maintenance
            system (Limble CMMS) directly. The 2024 go-live slip still comes up with her
            boss; I steered clear of it."""),
        act("a-mag-007", "email", "2026-07-08T12:30:00Z", "u-declan", ["c-mag-raj"],
            "New CIO",
            """Declan, heads-up: Owen Mbeki starts as CIO on July 14, joining from Atrium
            Health. IT governance is changing: any software contract over $500k total
            contract value now needs CIO sign-off. Owen wants your SOC 2 Type II report
            sent to their CISO before anything else. I'll set up an intro. Raj""",
            "inbound"),
        act("a-mag-008", "chat", "2026-08-19T17:22:00Z", "u-declan", ["c-mag-raj"],
            "Slack Connect #assayra-meridian",
            """Raj: fyi Owen is launching a 'platform rationalization' RFI across LIMS, ELN
            and QMS. LabVantage and STARLIMS are on the invite list. You'll get it too.
            Don't panic, but get the consolidation slides ready.""",
            "inbound"),
        act("a-mag-009", "call", "2026-09-02T18:00:00Z", "u-declan", ["c-mag-vanessa"],
            "Renewal and Gulf Coast acquisition",
            """Vanessa call. Meridian closed the acquisition of Bayou Analytical: six Gulf
            Coast labs (Mobile, Baton Rouge, Lake Charles, Lafayette, Beaumont, Gulfport).
            She wants them on Assayra within 12 months if the renewal lands and asked us to
            size it; opened the expansion opp. She repeated the TAT target: network median
            under 5 days by end of FY27."""),
        act("a-mag-010", "email", "2026-09-24T14:10:00Z", "u-declan", ["c-mag-brent"],
            "Renewal timeline",
            """Declan, to meet our fiscal calendar we need your renewal proposal by January
            15, 2027 and agreed redlines to MSA-2024-MAG-017 by March 15, 2027. Any proposal
            must include a termination for convenience clause. Regards, Brent""",
            "inbound"),
    ],
}

MERIDIAN_INTERVIEW = {
    "decision_maker": t("""On paper the EB is Vanessa Cho (COO) - she owns the P&L for all
        40 sites and signed the 2024 MSA. But that changed in July. Per the new IT gov
        policy anything over $500k TCV needs CIO sign-off, so Owen Mbeki is now the real
        DM for this renewal, and tbh we have zero rel with him yet (strength 1). Owen's
        hot buttons, per Raj: vendor consolidation (fewer platforms, fewer contracts), SOC
        2 Type II plus a credible cloud story, and getting Meridian off the on-prem boxes
        at the legacy sites. Vanessa still matters - she'll be the one who tells Owen
        whether ops can live without us - and what she personally cares about is TAT: her
        board KPI is network median TAT under 5 days, and she's at 5.6. Show her TAT going
        down and she'll fight for us. Brent (procurement) doesn't decide anything but he
        controls timing and paper. Net: win Owen through Raj, keep Vanessa on side with TAT
        numbers, don't let Brent set the agenda."""),
    "champion": t("""Raj Iyer, VP Lab Informatics - our CB, strength 5. He ran the 2024
        bake-off vs STARLIMS and picked us. What we've promised him: (1) a seat on our CAB
        for 2027, (2) that the Sciex 7500 driver for InstrumentLink lands in the H1 2027
        release - PM said 'likely', I said 'yes' to Raj, so own that gap - and (3)
        quarterly roadmap calls with PM. What he needs to look good internally: a platform
        consolidation story he can take to Owen, specifically that Assayra lets them retire
        SampleBase (the homegrown Access sample DB at the acquired sites) and the separate
        COA generator, so Owen sees fewer systems, not more. Give Raj that deck and he
        carries it. Watch-out: Raj is stretched thin since the Bayou deal closed - he's now
        also covering the acquired sites' IT, so keep asks small and async. And don't go
        around him to Owen, even if Owen's EA reaches out directly; loop Raj in on
        everything, or we lose the one person carrying our flag."""),
    "hidden_commitments": t("""Stuff that isn't in the MSA or SFDC. First, the sandbox:
        they have a free non-prod tenant (sbx-meridian) that was supposed to expire with
        the PoV in 2024; I kept it alive and told Raj it stays free through the renewal.
        Second, and this is the big one: on the April call after the March ClientPortal
        outage, I told Vanessa verbally that if the portal breaches SLA again before
        renewal, we waive the PS fees for the Gulf Coast rollout. Nobody wrote that down
        on our side; assume she did. Third, I told Dana we'd deliver the 21 CFR Part 11
        validation pack (IQ/OQ scripts) for QC Analytics by end of Q1 2027 - our QA team
        knows but it's not on any PS order. Fourth, minor: our CSM Priya builds the monthly
        TAT dashboard for Vanessa by hand. That's a favour, not a deliverable, but if it
        stops Vanessa will notice."""),
    "history_sensitivities": t("""Honestly this account has scar tissue, so read this
        twice before your first QBR. Three things. (a) Houston go-live in 2024 slipped 11
        weeks - data migration from their old LIMS plus a PS staffing gap on our side.
        Lucía got blamed internally by her VP; it's still raw for her. Don't bring it up,
        and never use Houston as a 'lessons learned' slide. (b) KC Xevo TQ-S driver broke
        in Jan '26 after the MassLynx update, ~300 PFAS results re-keyed by hand; hot-fix
        IL-4.8.3 shipped Feb 2. Resolved, but Raj now wants a named eng contact (Sven). (c)
        The big one: March 12 ClientPortal outage, 6h40m, expired cert - embarrassing.
        $22.5k SLA credit (CM-2026-118). Vanessa had three top-10 clients on the phone to
        her. Resolved with RCA + cert monitoring, but portal reliability is THE sensitive
        topic for the renewal. Say 'availability' and bring the numbers. Also, minor: Vanessa hates the word
        'incident' in exec decks - call it a 'service event'. And if anyone on our side
        proposes another cert-related maintenance window, run it past Raj first so he can
        warn the sites."""),
    "pricing_story": t("""Per-site band pricing, $27.5k/site x 40 = $1.1M ARR. Why: 2024
        was a competitive vs STARLIMS (they came in at $910k) and Brent pushed hard, so we
        gave 18% off list for the 3-yr and capped uplift at 4%. Per-site not per-user
        because Meridian adds analysts constantly and Raj didn't want a true-up fight every
        quarter. PS for rollouts is carved out in SOW-MAG-0042 so ARR stays clean. Brent
        has already asked for 8% off at renewal - expect that as the opener."""),
    "unexpected_use": t("""Two. 1) Houston (Lucía's team) uses QC Analytics control charts
        as a predictive maintenance tool - drift on check-standard Westgard charts triggers
        a maintenance work order before calibration fails. Cut 7900 downtime by ~1/3. They
        want it wired into Limble CMMS. Not designed for that, but a great reference story.
        2) Several sites use ClientPortal as an internal inter-site transfer desk - when one
        lab ships samples to another lab in the network, they log it as a 'client' order so
        the receiving lab sees it coming."""),
    "channels_surprises": t("""Raj: Slack Connect (#assayra-meridian), text his cell if
        urgent. Vanessa: email, short, deck max 5 slides, she reads on her phone. Brent:
        email only, everything in writing, expects legal cc. Dana: email; never surprise
        Dana with any change to audit trail behaviour - she wants notice before release,
        she got burned in the A2LA reassessment. Lucía: phone. Owen: no direct line yet -
        go through Raj until the intro happens. Don't cold-email Owen."""),
    "org_changes": t("""1) New CIO Owen Mbeki since Jul '26 (ex-Atrium Health) + new IT
        gov policy (>$500k TCV needs CIO). 2) M&A: they closed Bayou Analytical, six Gulf
        Coast labs, Aug '26 - expansion opp. 3) Their PE owner, Halcyon Capital Partners,
        is pushing EBITDA margin and probably a sale in 2028, so every cost line is getting
        looked at. 4) Owen's 'platform rationalization' RFI (LIMS/ELN/QMS) - LabVantage and
        STARLIMS invited."""),
    "warning_signs": t("""Before the 2024 renewal the tell was Brent: he started cc'ing
        legal on routine emails and asking for termination-for-convenience language - about
        6 weeks later they announced the STARLIMS bake-off. He's doing it again (Sept '26
        email wants T4C). Second tell: Raj's Slack response time. Normally minutes; before
        the 2024 bake-off it went to days, because he'd been told not to talk to vendors.
        Watch both."""),
    "renewal_risk": t("""Stated reason if it slips: 'procurement timeline / budget' -
        Brent's Jan 15 and Mar 15 dates, the 8% ask. Real reason: Owen's RFI. He ran
        LabVantage at Atrium, and a CIO who arrives mid-contract wants his own platform. If
        Owen frames Assayra as 'one more system' rather than the consolidation platform, we
        lose even though ops (Vanessa, Raj, Lucía) want us."""),
}

# ==========================================================================
# 3. St Colman's University Hospital Pathology (Ireland) -- rambling owner
# ==========================================================================
STCOLMAN = {
    "id": "acc-stcolman",
    "name": "St Colman's University Hospital - Department of Pathology",
    "owner_id": "u-declan",
    "arr": 310000,
    "segment": "mid_market",
    "industry": "Hospital pathology laboratory",
    "territory": "Ireland",
    "renewal_date": "2027-01-31",
    "contract_notes": t("""EUR. Cork. Supplied under HSE framework lot 3 (tender ref
        HSE-PROC-2022-0457); 5-year agreement from 2022-02-01 to 2027-01-31, with a
        framework option to extend to January 2029. Modules: Core, SampleTrack
        (histopathology and cytology), InstrumentLink for Roche cobas 8000 and Sysmex XN.
        Annual uplift CPI-linked, capped at 3%. Histopathology tracking module included at
        no charge under reference-site terms."""),
    "contacts": [
        contact("c-stc-fiona", "Dr Fiona Gallagher",
                "Consultant Histopathologist and Clinical Director, Laboratory Medicine",
                "fiona.gallagher@stcolmans.test", "+353 21 492 2210", "decision_maker",
                "in_person", 3,
                "Meetings booked through her office. Chairs the lab management committee."),
        contact("c-stc-eamon", "Eamon Kiely", "Chief Medical Scientist",
                "eamon.kiely@stcolmans.test", "+353 87 614 2290", "champion", "phone", 5,
                "Runs day-to-day lab operations across blood sciences and histology. Best "
                "reached on his mobile after 4pm."),
        contact("c-stc-aoife", "Aoife Brennan", "Laboratory Information Systems Manager",
                "aoife.brennan@stcolmans.test", "+353 21 492 2384", "user", "email", 4,
                "Owns interfaces and the LIS roadmap."),
        contact("c-stc-brendan", "Brendan Corcoran",
                "Finance Manager, Diagnostics Directorate",
                "brendan.corcoran@stcolmans.test", "+353 21 492 2101", "economic_buyer",
                "email", 2, "Holds the budget line. Wants invoice numbers on everything."),
        contact("c-stc-niamh", "Niamh O'Leary", "Quality Manager",
                "niamh.oleary@stcolmans.test", None, "influencer", "email", 3,
                "Leads INAB accreditation and the ISO 15189:2022 transition."),
    ],
    "opportunities": [
        opp("o-stc-ext", "Framework extension Feb 2027 - Jan 2029", "proposal", 320000,
            "2027-01-31",
            "Brendan to confirm the extension route with HSE procurement under framework "
            "lot 3"),
        opp("o-stc-xn", "InstrumentLink - Sysmex XN-9100 line", "negotiation", 18400,
            "2026-10-30",
            "Aoife raising PO; configuration workshop week of 2 November"),
    ],
    "activities": [
        act("a-stc-001", "meeting", "2025-10-08T10:00:00Z", "u-declan",
            ["c-stc-niamh", "c-stc-aoife"],
            "INAB surveillance visit prep",
            """Prep session for the INAB surveillance visit in November. Niamh wants all
            open non-conformities from their internal audit closed before the assessors
            arrive, and LIS audit-trail printouts for a sample of 20 histology cases. Aoife
            to pull the reports. We agreed to send our validation summary for release
            7.3."""),
        act("a-stc-002", "email", "2025-11-19T07:55:00Z", "u-declan",
            ["c-stc-aoife", "c-stc-eamon"],
            "URGENT - cobas interface down",
            """Declan, since last night's Roche cobas infinity middleware upgrade the cobas
            8000 interface has stopped passing results to the LIS. Results have been queued
            for 14 hours; ED is phoning for troponins and we are reporting by phone and
            fax. We've logged incident INC-77310. Please escalate. Aoife""",
            "inbound"),
        act("a-stc-003", "call", "2026-01-22T16:30:00Z", "u-declan", ["c-stc-eamon"],
            "Digital pathology scanners",
            """Eamon wants the histology module to talk to the Philips IntelliSite scanners
            they are getting through the national digital pathology programme. Asked if we
            would scope it. I said we'd run a scoping workshop in Cork at no charge."""),
        act("a-stc-004", "note", "2026-02-26T14:00:00Z", "u-declan", ["c-stc-eamon"],
            "Block and slide loans",
            """Visited histology. They use SampleTrack to track paraffin blocks and glass
            slides loaned out: to other hospitals for second opinions, to the coroner, and
            to solicitors in litigation cases. Each loan is a 'sample' with a custody chain
            and a return-by date. Not what we designed it for, but it is their audit
            defence."""),
        act("a-stc-005", "email", "2026-04-02T11:20:00Z", "u-declan", ["c-stc-brendan"],
            "Invoice INV-IE-2026-0311",
            """Declan, apologies for the delay in payment of INV-IE-2026-0311; the
            diagnostics directorate budget was frozen pending the regional allocation.
            Payment issued today. Please direct any future payment queries to me and the AP
            team, not to the laboratory. Brendan Corcoran""",
            "inbound"),
        act("a-stc-006", "meeting", "2026-05-20T09:30:00Z", "u-declan",
            ["c-stc-fiona", "c-stc-eamon"],
            "MedLIS and regional plans",
            """Met Dr Gallagher and Eamon. MedLIS, the national laboratory information
            system, is rolling out by wave; Cork is pencilled in for wave 3, not before
            2028. Fiona wants our system to stay until MedLIS arrives and to hand over
            cleanly. The hospital is also moving under the new HSE Health Region South West;
            a Regional Executive Officer has been appointed and lab budgets will be set
            regionally from 2027."""),
        act("a-stc-007", "email", "2026-06-30T15:40:00Z", "u-declan", ["c-stc-niamh"],
            "ISO 15189:2022 transition",
            """Declan, for our transition to ISO 15189:2022 we need your documented risk
            assessment for the LIS and an updated validation package by 30 September. Can
            you confirm? Niamh O'Leary, Quality Manager""",
            "inbound"),
        act("a-stc-008", "call", "2026-08-27T13:00:00Z", "u-declan",
            ["c-stc-eamon", "c-stc-brendan"],
            "Extension route",
            """Call with Eamon and Brendan on the renewal. Preferred route is the extension
            option under HSE framework lot 3 to January 2029 rather than a new tender.
            Brendan to confirm with HSE procurement. Eamon asked that the extension include
            the Sysmex work."""),
        act("a-stc-009", "email", "2026-09-15T10:05:00Z", "u-declan", ["c-stc-aoife"],
            "Sysmex XN-9100 install",
            """Declan, Sysmex have confirmed installation of the new XN-9100 haematology
            line on 16 November 2026. We need InstrumentLink configured for go-live. I have
            your quote Q-STC-2209 for EUR 18,400 (€18,400); I'll raise a PO this week.
            Aoife""",
            "inbound"),
    ],
}

STCOLMAN_INTERVIEW = {
    "decision_maker": t("""So, officially - and I say officially because nothing at St
        Colman's is ever quite what the org chart says - the money sits with Brendan
        Corcoran in the Diagnostics Directorate finance office. Lovely man, very precise,
        will want every invoice number quoted back at him. But Brendan doesn't decide
        anything about the lab; he executes. The person who actually makes the call on
        whether we stay is Dr Fiona Gallagher, the Clinical Director for Laboratory
        Medicine. She's a consultant histopathologist, she chairs the lab management
        committee, and - this is the bit that matters - she's the one the hospital CEO
        actually listens to about the lab. What she personally cares about is the cancer
        pathway: histology turnaround against the NCCP targets, the ten-working-day target
        for diagnostic biopsies, because when the hospital misses it, it's her name in the
        report to the Region. If you can show her our tracking helps her hit that, she'll
        back us. If anything we do threatens it, she'll drop us without a second thought.
        Oh, and she hates being sold to. Bring data, not slides."""),
    "champion": t("""Eamon Kiely, Chief Medical Scientist, and I'd go so far as to say he's
        the reason we're in there at all - he fought for us in the 2022 tender when the
        safe choice was staying on the old system. What we've promised him: a free scoping
        workshop in Cork for the digital pathology integration with the Philips scanners
        (that's on the record, the January call) and, less formally, that we'd keep his
        team's training going. What he needs to look good: getting through the ISO
        15189:2022 transition without asking for extra headcount. He told the directorate
        he could do it with existing staff - brave, given the HSE recruitment embargo - so
        anything that saves Niamh and Aoife time on validation documentation is a win for
        him personally. The risk assessment and validation package Niamh asked for is
        really for Eamon."""),
    "hidden_commitments": t("""There are two you won't find anywhere, and one
        half-commitment. The first is training: since the 2022 go-live I've given them two
        free on-site training days a year, in Cork, usually March and October. It's not in
        the framework contract, not on any order; I just bring a trainer down and we do it
        in the seminar room beside the histology lab, and the staff turnover there is high
        enough that they genuinely need it. They expect it now; Eamon plans rosters around
        it. The second - and this one matters technically - I told Aoife we'd keep the
        cobas interface on the legacy ASTM protocol until Roche formally certifies their
        new HL7 message set with us, no matter what our product team wants. After the
        November outage there's no way she'd accept a forced migration. The
        half-commitment is the Philips scoping workshop, which is at least in the CRM."""),
    "history_sensitivities": t("""Right, well, the one you need to know about is November
        2025. Roche upgraded the cobas infinity middleware overnight, nobody told us (or
        told Aoife, to be fair to her), and the cobas 8000 interface stopped passing
        results. Results sat queued for 14 hours. ED was ringing for troponins, they were
        phoning results out and faxing - fax, in 2025, yes. We fixed it by rolling back the
        message mapping and Roche sent a patch a week later. Technically it wasn't our
        fault, but it was our interface, and Eamon had to write a report to the hospital
        Chief Executive about it. So never, ever call it a 'minor incident' in front of
        him. The other sore spot is money: the HSE pays late - INV-IE-2026-0311 went about
        97 days - and someone in our finance team chased Eamon directly last year, which
        mortified him because he has nothing to do with payments. Payment chasing goes to
        Brendan and AP only."""),
    "pricing_story": t("""It's priced the way it is because it came through the HSE
        framework, lot 3 - the prices were fixed in the 2022 tender and we can't just put
        them up; the uplift is CPI-linked, capped at 3%, and the whole thing's in euro. The
        odd bit, which people always ask about, is that the histopathology tracking module
        is in at no charge. That's because St Colman's agreed to be our Irish reference
        site - site visits, the odd conference talk from Eamon - and the deal was we'd
        bundle histology free for the term. If the extension goes through, finance will
        want to start charging for it; I'd argue against that, the reference value is
        real."""),
    "unexpected_use": t("""Oh, this is my favourite. They use SampleTrack to track paraffin
        blocks and glass slides that leave the building on loan - to other hospitals for
        second opinions, to the coroner, to solicitors when there's litigation. Every loan
        is set up as a 'sample' with a custody chain and a return-by date, and the overdue
        list is what they use to chase them back. We never designed it for that. But it's
        become their audit defence, because before it they genuinely lost blocks, and a
        lost block in a litigation case is a nightmare. So don't let anyone 'clean up'
        those sample types in an upgrade."""),
    "channels_surprises": t("""Dr Gallagher: in person, always, and you book her through
        her secretary, Maura Twomey - don't email Fiona directly to set up a meeting, it'll
        sit there. Eamon: phone, his mobile, after four in the afternoon when the morning
        run is out; he doesn't do email on his phone. Aoife: email, detailed, she likes
        numbered lists and she will reply at 11pm. Brendan: email with invoice numbers and
        PO numbers, formal. Niamh: email. The person you must never surprise is Fiona, on
        anything that touches the cancer pathway or histology turnaround - even a planned
        upgrade window on a Monday morning. Second would be Aoife on anything that touches
        an interface."""),
    "org_changes": t("""A few things in motion, and honestly none of them fully in our
        control. The biggie is MedLIS, the national lab system. Cork is pencilled in for
        wave 3, not before 2028, but these things move. Then there's the restructuring: the
        hospital is moving under the new HSE Health Region South West, a Regional Executive
        Officer has been appointed, and from 2027 lab budgets get set at the region, not
        the hospital, which means Brendan may lose some say. And - this isn't public, so be
        careful - Eamon told me over coffee that he plans to retire in summer 2027. He's
        been there 34 years. Nobody has been named as his successor, and whoever it is
        won't have his history with us, so the relationship needs to widen before then:
        Aoife is the natural bridge. One more, smaller: the hospital has been told to cut
        agency staff spend, which is partly why Eamon leans so hard on our free training,
        and why the validation paperwork lands on his permanent people."""),
    "warning_signs": t("""The one I'd watch is Aoife asking for data export documentation.
        Before the 2022 tender she spent two months asking for our bulk export specs and
        the full data dictionary, very politely - and it turned out they were benchmarking
        us against Clinisys and working out what a migration would cost. If she starts
        asking for bulk export formats again, something is being evaluated. Also, when
        Fiona stops taking meetings through Maura - when Maura says 'she's tied up' three
        times running - that's happened once, before they looked at Clinisys."""),
    "renewal_risk": t("""If it slips, the stated reason will be procurement - 'we have to
        check whether the extension is permitted under the framework or whether we have to
        go back to tender' - and Brendan will genuinely believe that. The real reason would
        be MedLIS: if the Region decides to pull Cork forward into an earlier MedLIS wave,
        nobody will want to sign a two-year extension for a system they're replacing, and
        they'll use the procurement question as cover while they wait to find out."""),
}

# ==========================================================================
# 4. Pennine Food Assurance (UK, food testing) -- formal, structured owner
# ==========================================================================
PENNINE = {
    "id": "acc-pennine",
    "name": "Pennine Food Assurance Ltd",
    "owner_id": "u-declan",
    "arr": 145000,
    "segment": "mid_market",
    "industry": "Food testing laboratory",
    "territory": "UK North",
    "renewal_date": "2027-04-30",
    "contract_notes": t("""GBP. 3-year term from 2024-05-01. 45 named users across the
        Leeds and Hull laboratories. Modules: Core, SampleTrack, InstrumentLink (Agilent
        6470 LC/MS/MS, Agilent 7010 GC/MS/MS), ClientPortal. 10% discount for the 3-year
        commitment; annual uplift RPI-linked, capped at 5%."""),
    "contacts": [
        contact("c-pen-graham", "Graham Illingworth", "Managing Director",
                "graham.illingworth@penninefood.test", "+44 113 496 0712",
                "economic_buyer", "phone", 3, "Founder. Signs all contracts over £50k."),
        contact("c-pen-sunita", "Dr Sunita Mehta", "Technical Director",
                "sunita.mehta@penninefood.test", "+44 113 496 0725", "decision_maker",
                "email", 4,
                "Owns method development and the laboratory systems budget."),
        contact("c-pen-callum", "Callum Ward", "LIMS and Data Manager",
                "callum.ward@penninefood.test", "+44 113 496 0748", "champion", "chat", 5,
                "Microsoft Teams. Day-to-day admin for both sites."),
        contact("c-pen-jo", "Joanne Pickering", "Quality Manager",
                "jo.pickering@penninefood.test", "+44 113 496 0731", "influencer", "email",
                3, "Goes by Jo. Owns UKAS ISO 17025 accreditation and retailer audits."),
        contact("c-pen-martin", "Martin Sykes", "Finance Director",
                "martin.sykes@penninefood.test", "+44 113 496 0704", "blocker", "email", 2,
                "Scrutinises every invoice line."),
    ],
    "opportunities": [
        opp("o-pen-renewal", "Renewal 2027 (3-year, three sites)", "qualification",
            152000, "2027-04-30",
            "Present 3-year renewal including Grimsby to Sunita and Graham in January"),
        opp("o-pen-grimsby", "Grimsby site add-on (Humber Micro Labs)", "proposal", 26500,
            "2026-12-15",
            "Callum to confirm user count for Grimsby, estimated nine users"),
    ],
    "activities": [
        act("a-pen-001", "meeting", "2025-10-14T10:00:00Z", "u-declan",
            ["c-pen-graham", "c-pen-sunita", "c-pen-callum"],
            "Retailer allergen contract",
            """Graham confirmed Pennine has won allergen and micro testing for Tesco
            own-label suppliers in the North, starting January. They need ClientPortal
            certificate-of-analysis templates per retailer and per supplier, and turnaround
            reporting the retailer's technologists can see. Callum to send the COA layouts;
            we are to quote the template work. Worth noting: the retailer will audit
            Pennine's LIMS controls in the first six months."""),
        act("a-pen-002", "email", "2025-12-09T09:30:00Z", "u-declan", ["c-pen-jo"],
            "UKAS surveillance visit",
            """Declan, UKAS have confirmed our surveillance visit for the week of 2 March
            2026, covering both Leeds and Hull. The assessor will want LIMS audit trail
            reports and evidence of instrument interface validation for the 7010. Could you
            send the validation summary by the end of January? Kind regards, Jo Pickering,
            Quality Manager""",
            "inbound"),
        act("a-pen-003", "call", "2026-01-20T14:00:00Z", "u-declan", ["c-pen-callum"],
            "MassHunter parser limit",
            """Callum: the InstrumentLink parser for Agilent MassHunter drops compounds
            beyond 400 rows, and their multi-residue pesticide method now reports 520
            analytes. Workaround is splitting the batch. I agreed we'd deliver an updated
            MassHunter parser by the end of April at no charge. Callum will test on the
            Hull 6470."""),
        act("a-pen-004", "email", "2026-03-05T16:15:00Z", "u-declan", ["c-pen-martin"],
            "INV-UK-2026-0088 dispute",
            """Declan, invoice INV-UK-2026-0088 charges for 51 users at Hull; our contract
            is for 45 named users across both sites. That is an overcharge of £4,860.
            Please issue a credit note. I would ask that invoice changes are discussed with
            me before they are issued. Martin Sykes, Finance Director""",
            "inbound"),
        act("a-pen-005", "meeting", "2026-04-22T13:00:00Z", "u-declan",
            ["c-pen-graham", "c-pen-sunita"],
            "Growth plans",
            """Graham and Sunita. Pennine is acquiring Humber Micro Labs in Grimsby
            (completion expected in the autumn). They want Grimsby on the same LIMS within
            three months of completion. Sunita wants one method library across all three
            sites. Purchasing: Martin must approve before anyone can raise a PO over
            £10,000."""),
        act("a-pen-006", "chat", "2026-06-11T11:42:00Z", "u-declan", ["c-pen-callum"],
            "Teams - supplier charts",
            """Callum: quick one - we've started exporting QC Analytics control charts per
            supplier and selling them to two retailers as a 'supplier risk dashboard'
            (trend of positives by supplier, by site). Retailers love it. Can we get the
            charts into ClientPortal so they don't need my spreadsheets? Happy to share the
            findings from the pilot.""",
            "inbound"),
        act("a-pen-007", "email", "2026-08-04T08:50:00Z", "u-declan", ["c-pen-sunita"],
            "Leadership changes (in confidence)",
            """Declan, in confidence: Graham will step back from day-to-day running at the
            end of March 2027 and I will take over as Managing Director. He will remain
            chairman. I would like the renewal discussion to involve me from now on.
            Sunita""",
            "inbound"),
        act("a-pen-008", "call", "2026-09-17T15:20:00Z", "u-declan", ["c-pen-graham"],
            "Renewal early view",
            """Graham called. The Hull team sat through a Matrix Gemini demo from Autoscribe
            last month, prompted by the Humber Micro people, who use it. Graham says he
            isn't shopping but wants the renewal 'sharp'. Wants Grimsby included in the
            renewal price."""),
    ],
}

PENNINE_INTERVIEW = {
    "decision_maker": t("""Formally, contracts above £50,000 are signed by Graham
        Illingworth, the Managing Director and founder. In practice the decision sits with
        Dr Sunita Mehta, the Technical Director: she owns the laboratory systems budget,
        she chose us in 2024, and, as of August, she has told me in confidence that she
        will succeed Graham as Managing Director at the end of March 2027, a month before
        our renewal date. Her priorities are method consistency across sites (one method
        library for Leeds, Hull and, soon, Grimsby), UKAS compliance, and avoiding any
        dependence on individual staff. Martin Sykes, the Finance Director, does not
        decide, but he can delay: every PO above £10,000 goes through him and he has a long
        memory for invoice errors. Graham's interest is narrower: he wants to know the
        price is 'sharp' and that the retailers are happy."""),
    "champion": t("""Callum Ward, LIMS and Data Manager, relationship strength five.
        Commitments made to him: (1) an updated Agilent MassHunter parser for
        InstrumentLink, handling more than 400 compounds per batch, by the end of April,
        at no charge - agreed on the January call, recorded, and delivered on 28 April; (2)
        early access to the ClientPortal dashboard widgets, so that his supplier risk
        charts can be shown to retailers without spreadsheets. What he needs internally:
        evidence that the LIMS is a source of revenue, not only a cost. The supplier risk
        dashboard is his proof, and he will present it to Sunita as part of the renewal
        case."""),
    "hidden_commitments": t("""The following are not recorded in the contract or in the
        CRM. (1) I told Sunita verbally, in April, that the Grimsby users would be priced
        at the existing per-user rate with no onboarding fee, provided Grimsby is added
        before the renewal. Our deal desk has not approved this. (2) I agreed with Jo
        Pickering that we would attend their retailer audits in person if the retailer's
        auditor asks about LIMS controls; this happened once, in May at Leeds, and took a
        full day. (3) I told Martin Sykes that invoices will be sent to him in draft five
        working days before issue. Finance operations are aware, but it is not a
        contractual term."""),
    "history_sensitivities": t("""I would summarise the relationship as sound, but with
        a low tolerance for administrative error. Three matters. First, the invoice dispute of March 2026:
        INV-UK-2026-0088 billed 51 users at Hull against a contract of 45 named users
        across both sites, an overcharge of £4,860. A credit note was issued within a week,
        but Martin Sykes regarded it as evidence of carelessness and it remains sensitive;
        do not raise billing topics with him informally. Second, the MassHunter parser
        limit of 400 compounds forced the Hull team to split batches for four months; this
        was resolved by the parser update delivered on 28 April. Third, and most sensitive,
        the 2024 implementation: the Hull go-live was delayed by seven weeks because our
        consultant left mid-project. Graham still refers to it as 'the summer we lost', and
        he raises it whenever price is discussed. Acknowledge it; do not debate it. When the subject arises, refer to the corrective
        actions we took: a named consultant for the remainder of the term and a weekly
        status note to Sunita."""),
    "pricing_story": t("""The account is priced at £145,000 per year for 45 named users.
        The structure reflects the 2024 negotiation: a 10% discount was given in exchange
        for the 3-year commitment, and the uplift is RPI-linked but capped at 5%, at Martin
        Sykes's insistence. We priced per named user rather than per site because, at the
        time, Pennine had only two sites. With Grimsby this model becomes awkward, and
        Sunita has asked whether a site-based model would be available at renewal."""),
    "unexpected_use": t("""Pennine use QC Analytics control charts, which we designed for
        internal quality control, to chart positive results by supplier and by site for
        their retail clients. Callum exports these, and Pennine sells them to two retailers
        as a 'supplier risk dashboard'. It is now a paid service line for Pennine. They
        have asked for it inside ClientPortal."""),
    "channels_surprises": t("""Graham: telephone; he does not read long emails. Sunita:
        email, with a summary at the top. Callum: Microsoft Teams chat. Jo: email, formal,
        with documents attached. Martin: email only, and he must never be surprised by an
        invoice - any change to billing must be sent to him in draft before it is issued.
        Sunita should also not be surprised: since August she expects to be included in
        every renewal conversation, including calls with Graham."""),
    "org_changes": t("""(1) Leadership: Graham steps back at the end of March 2027; Sunita
        becomes Managing Director; Graham remains chairman. (2) Acquisition: Humber Micro
        Labs, Grimsby, expected to complete in the autumn; the Humber team currently uses
        Matrix Gemini from Autoscribe. (3) New business: the Tesco own-label supplier
        testing contract started in January 2026 and has increased sample volumes at
        Leeds."""),
    "warning_signs": t("""The clearest sign previously was in late 2023, before the
        original purchase: Martin Sykes began requesting itemised cost breakdowns for every
        system in use. That preceded a review in which Pennine replaced two suppliers. In
        2025 there was a smaller signal: Callum stopped attending the user group. It
        preceded a period in which Hull built a spreadsheet workaround rather than log a
        support ticket."""),
    "renewal_risk": t("""Stated reason, if the renewal slips: the Grimsby acquisition - 'we
        need to understand the combined requirements before committing'. Real reason: a
        consolidation debate with the Humber Micro team, who use Matrix Gemini and are
        cheaper per user. Secondary real reason: Martin's view of our invoicing."""),
}

# ==========================================================================
# 5. Halvorsen Environmental Laboratories (US) -- storyteller owner
# ==========================================================================
HALVORSEN = {
    "id": "acc-halvorsen",
    "name": "Halvorsen Environmental Laboratories",
    "owner_id": "u-declan",
    "arr": 420000,
    "segment": "mid_market",
    "industry": "Environmental contract testing",
    "territory": "US Central",
    "renewal_date": "2026-12-31",
    "contract_notes": t("""USD. 2-year term 2025-01-01 to 2026-12-31. Six sites
        (Minneapolis, St. Cloud, Duluth, Rochester, Fargo, Sioux Falls), 140 named users.
        Modules: Core, SampleTrack, InstrumentLink (Agilent 7900 ICP-MS, Sciex 7500 for
        PFAS by EPA 1633), ClientPortal, EDD module (EQuIS export) included at cost,
        $35,000 per year. Annual invoicing in advance."""),
    "contacts": [
        contact("c-hal-erik", "Erik Halvorsen", "Chief Executive Officer",
                "erik@halvorsenlabs.test", "+1 612 555 0188", "economic_buyer", "phone", 3,
                "Second-generation owner. Texts rather than emails."),
        contact("c-hal-megan", "Megan Lindqvist", "Laboratory Director",
                "megan.lindqvist@halvorsenlabs.test", "+1 612 555 0131", "champion",
                "email", 4,
                "Runs technical operations for all six labs. Leads the PFAS method work."),
        contact("c-hal-troy", "Troy Bauer", "IT Manager", "troy.bauer@halvorsenlabs.test",
                "+1 612 555 0176", "user", "email", 3,
                "Prefers the support ticket system to email."),
        contact("c-hal-janelle", "Janelle Ortiz", "Client Services Manager",
                "janelle.ortiz@halvorsenlabs.test", "+1 612 555 0145", "user", "chat", 4,
                "Runs ClientPortal and the consulting-engineer client relationships."),
        contact("c-hal-pat", "Patrick Dunleavy", "Chief Financial Officer",
                "pat.dunleavy@halvorsenlabs.test", "+1 612 555 0102", "influencer",
                "email", 2, "Goes by Pat. Controls billing terms."),
    ],
    "opportunities": [
        opp("o-hal-renewal", "Renewal 2027-2028", "negotiation", 436800, "2026-12-31",
            "Send two-year price-lock proposal to Erik and Pat by October 15"),
    ],
    "activities": [
        act("a-hal-001", "email", "2025-10-30T17:10:00Z", "u-declan", ["c-hal-megan"],
            "PFAS 1633 workflow",
            """Declan, now that the Sciex 7500 is live we need the EPA 1633 workflow: 40
            analytes, isotope dilution, multiple matrices (water, soil, tissue), and the
            MPCA's EDD format via EQuIS. Can your team share a workflow template?
            Megan""",
            "inbound"),
        act("a-hal-002", "meeting", "2025-12-11T15:00:00Z", "u-declan",
            ["c-hal-megan", "c-hal-janelle"],
            "Duluth site kickoff",
            """Kick-off for the Duluth site going live in February, 22 users. Training
            dates agreed for 26-28 January; Megan will be on site for all three days.
            Janelle wants ClientPortal configured for Duluth the same way as
            Minneapolis."""),
        act("a-hal-003", "call", "2026-02-05T16:00:00Z", "u-declan", ["c-hal-troy"],
            "Element migration issue",
            """Troy reports that 2,300 historical results migrated from Promium Element
            (2019-2022) lost their data qualifiers (J and B flags). An MPCA data reviewer
            queried a resubmitted report. We re-ran the migration for the affected batches;
            Troy verified on Feb 12. Troy asked that the 2016-2018 archive be migrated the
            same way."""),
        act("a-hal-004", "email", "2026-03-19T19:25:00Z", "u-declan", ["c-hal-janelle"],
            "Bottle kit orders",
            """Declan, our consulting engineers now order all their bottle kits through
            ClientPortal - about 180 kit orders a month. We set it up as a 'sample request'
            with zero samples. Works, but the portal emails the client 'results ready' when
            a kit ships. Can that be switched off? Janelle""",
            "inbound"),
        act("a-hal-005", "note", "2026-04-29T21:30:00Z", "u-declan", ["c-hal-megan"],
            "Megan - flight risk?",
            """Megan mentioned, off the record, that Pace Analytical approached her about a
            regional director role. She hasn't decided and has no formal offer. If she goes
            we lose our champion and the PFAS expertise."""),
        act("a-hal-006", "meeting", "2026-06-16T15:00:00Z", "u-declan",
            ["c-hal-erik", "c-hal-megan", "c-hal-janelle"],
            "Mid-year QBR",
            """PFAS sample volume up 40% year on year, driven by MPCA statewide PFAS
            monitoring. Median PFAS TAT 12 days, down from 17. ClientPortal kit ordering at
            180 a month. Erik wants to open a seventh site in Des Moines in 2027. Megan is
            preparing for the MPCA audit next spring."""),
        act("a-hal-007", "email", "2026-08-06T14:00:00Z", "u-declan", ["c-hal-pat"],
            "Billing frequency",
            """Declan, with PFAS capex this year, cash is tight. Could we move from
            annual-in-advance to quarterly billing? Pat Dunleavy, CFO""",
            "inbound"),
        act("a-hal-008", "call", "2026-09-22T20:00:00Z", "u-declan", ["c-hal-erik"],
            "Renewal call",
            """Erik called about the renewal. Wants a two-year price lock. Mentioned a
            private equity firm has approached the family about investing; nothing agreed.
            Asked us to send the proposal to him and Pat by October 15."""),
    ],
}

HALVORSEN_INTERVIEW = {
    "decision_maker": t("""So Erik Halvorsen signs - he's the CEO, second generation; his
        dad started the lab in 1987 out of a garage in Bloomington, and Erik takes that very
        personally. I think the thing to understand is what he cares about, which isn't
        really the software. It's the family name with the regulators. When I first met
        him, back in 2024, he spent twenty minutes telling me about a competitor lab that
        lost its state certification and how he'd never let that happen to Halvorsen - the
        relationship with the MPCA, the Minnesota Pollution Control Agency, is everything to
        him. So anything that makes their data look bulletproof to the MPCA, he'll pay for.
        The other thing he cares about is PFAS growth; he sees it as the business for the
        next ten years. Pat, the CFO, advises him on terms, and Megan advises him on whether
        it works, but it's Erik's signature and, if I'm honest, Erik's gut."""),
    "champion": t("""Megan Lindqvist, the lab director. She was the one who pushed to
        replace Element back in 2024, and she's been our champion ever since - though, and
        I'll come back to this, I'm not sure how long she'll be there. What we promised
        her: a PFAS EPA 1633 workflow template, which we delivered in December, and a
        speaking slot at Assayra Connect 2027 in Austin to present her PFAS turnaround
        numbers. That second one I cleared with marketing but it isn't confirmed in
        writing, so please chase it. What she needs internally is credit for the PFAS
        turnaround - median down from 17 days to 12 - because that's what gets her the
        budget for a second Sciex."""),
    "hidden_commitments": t("""Okay, this is the one I've been dreading, because most
        of it lives in my head. Let me think back through them in order. In early 2025,
        when the migration first went sideways, I told Troy that we'd migrate the remaining
        Element archive - 2016 to 2018 - at no charge, whenever he was ready; he asked
        again in February and it still hasn't been scheduled. Then in August Pat emailed
        asking to move from annual-in-advance to quarterly billing, and I said yes on a
        call - quarterly billing from January 2027 - which I ran past our finance people
        but which isn't in the contract and isn't in the renewal opp. If the renewal
        paperwork goes out with annual billing, Pat will think we went back on it. And
        there's the Connect speaking slot for Megan, which I mentioned. I'd put all three in
        writing to the people concerned in your first month, just so nobody has to
        remember what I said."""),
    "history_sensitivities": t("""The migration. We moved them off Promium Element in late
        2024, and in February this year Troy found that about 2,300 historical results had
        lost their data qualifiers - J-flags and B-flags - in the migration. It wouldn't
        have mattered except an MPCA data reviewer queried a resubmitted report, and for
        about a week Erik thought his lab's name was on the line. We re-ran the affected
        batches and Troy verified it within a few days. It's resolved, but I'd say the word
        'migration' is still loaded, and don't ever joke about Element - Erik's dad chose
        Element. Smaller thing: the ClientPortal used to send 'results ready' emails when
        bottle kits shipped, which confused some engineers; fixed in the spring. Oh, and one more thing that's
        sort of history: the Duluth kickoff went fine, but the training dates were moved
        twice on our side, and Megan took that personally because she'd blocked out three
        days on site. Nothing to fix now, just be punctual with that team."""),
    "pricing_story": t("""It's $420k for six sites and 140 users, on a two-year term
        because Erik wouldn't go to three - he said, I remember it exactly, 'my dad never
        signed anything longer than two years'. The odd part is the EDD module. It's
        included at cost, $35,000 a year, because this was a competitive displacement of
        Element - Element had a very good EQuIS export and Megan wouldn't move without one,
        so we essentially gave the EDD module away at cost to win. If someone in deal desk
        tries to put EDD at list price at renewal, it'll land badly."""),
    "unexpected_use": t("""Bottle kits. Their consulting-engineer clients order sampling
        bottle kits through the ClientPortal - they set it up as a 'sample request' with
        zero samples, which we never intended. It's about 180 kit orders a month now, and
        Janelle runs the whole kit operation off it. The side effect used to be the 'results
        ready' email firing when a kit shipped; that's fixed. Don't let anyone tell them to
        stop, it's the stickiest thing in the account."""),
    "channels_surprises": t("""Erik: phone or text, never a long email, and he likes a call
        on a Friday afternoon. Megan: email. Troy: through the support ticket system - he
        genuinely gets annoyed if you email him a problem that should be a ticket. Janelle:
        chat. Pat: email. The one you must never surprise is Pat, on anything about billing
        or invoice timing - he's managing cash week to week, and an invoice he didn't
        expect is a real problem for him. Also don't surprise Erik with anything the MPCA
        might see."""),
    "org_changes": t("""A couple of things. A private equity firm, Northstar Ridge
        Partners, approached the family in the summer about taking a stake; Erik mentioned
        it on the September call without naming them, but he named them to me over dinner
        in July. If that goes ahead, a PE owner will look at every contract, and they may
        want to standardise on whatever their other labs run. Second, Megan - Pace
        Analytical approached her about a regional director role. She told me in April; she
        hadn't decided. Third, Erik wants a seventh site in Des Moines in 2027, which would
        be an expansion for us."""),
    "warning_signs": t("""Troy's tickets. Before the migration blew up in February, his
        ticket volume tripled over about three weeks - small things, sync errors,
        qualifier display - and nobody connected them. I'd watch for that pattern: a spike
        in Troy's low-priority tickets has preceded both of the last two real escalations
        we've had. The other one is Erik not calling on Fridays; when a few days go by
        without a Friday call, something's up."""),
    "renewal_risk": t("""The stated reason, if it slips past December 31, will be billing
        and cash - Pat will say they need the quarterly terms finalised. The real reason
        will be the PE approach: if Northstar Ridge is in diligence, Erik won't sign
        anything long, and a new owner might push them onto a platform their other labs
        already use."""),
}

# ==========================================================================
# 6. Dunmore Food & Water Testing (Ireland) -- casual, lowercase owner
# ==========================================================================
DUNMORE = {
    "id": "acc-dunmore",
    "name": "Dunmore Food & Water Testing Ltd",
    "owner_id": "u-declan",
    "arr": 64000,
    "segment": "mid_market",
    "industry": "Food and water testing laboratory",
    "territory": "Ireland",
    "renewal_date": "2027-02-28",
    "contract_notes": t("""EUR. Kilkenny. Annual term, renews 1 March. 22 named users.
        Core, SampleTrack, ClientPortal Lite. Priced on the grandfathered 2023 price list
        with a 15% founding-customer discount while Dunmore remains a public
        reference."""),
    "contacts": [
        contact("c-dun-ciaran", "Ciarán Delaney", "Owner and Managing Director",
                "ciaran@dunmorelabs.test", "+353 86 802 4417", "economic_buyer",
                "whatsapp", 4, "WhatsApp first, voice notes welcome. Signs everything."),
        contact("c-dun-sinead", "Sinéad Fitzpatrick", "Laboratory Manager",
                "sinead.fitzpatrick@dunmorelabs.test", "+353 56 772 1840", "champion",
                "email", 5, "Runs the lab; INAB accreditation lead."),
        contact("c-dun-tomasz", "Tomasz Nowak", "Senior Microbiologist", None, None,
                "user", "in_person", 3,
                "Runs the micro section. Covers for Sinéad when she is out."),
        contact("c-dun-orla", "Orla Hennessy", "Office and Accounts Manager",
                "accounts@dunmorelabs.test", "+353 56 772 1800", "other", "email", 3,
                "Invoices, VAT, purchase orders."),
    ],
    "opportunities": [
        opp("o-dun-legionella", "Legionella workflow add-on", "discovery", 7200,
            "2026-12-31",
            "Send Legionella scope and €7,200 add-on quote to Ciarán and Tomasz"),
    ],
    "activities": [
        act("a-dun-001", "chat", "2025-11-12T18:40:00Z", "u-declan", ["c-dun-ciaran"],
            "WhatsApp - dairy co-op results",
            """Ciarán: the portal was grand for the dairy co-op results this week, farmers
            love getting the TBC results on the phone. any chance of a lower price at
            renewal given how much we promote ye? 😄""",
            "inbound"),
        act("a-dun-002", "email", "2026-01-09T10:15:00Z", "u-declan", ["c-dun-sinead"],
            "MALDI Biotyper",
            """Hi Declan, we're getting a Bruker MALDI Biotyper in the spring for
            confirmations. Is there an InstrumentLink connector for it? Typing the IDs in by
            hand won't scale. Thanks, Sinéad""",
            "inbound"),
        act("a-dun-003", "call", "2026-02-18T12:30:00Z", "u-declan", ["c-dun-ciaran"],
            "Renewal invoice grumble",
            """Ciarán called about the 1 March renewal invoice, which went out on the 2026
            price list by mistake. Reissued on the grandfathered 2023 list with 15% off; he
            calmed down. He wants the founding-customer deal kept 'for as long as I'm
            alive'."""),
        act("a-dun-004", "note", "2026-03-27T15:00:00Z", "u-declan",
            ["c-dun-ciaran", "c-dun-sinead"],
            "Site visit Kilkenny",
            """On site in Kilkenny. Ciarán uses the SampleTrack due-date board to plan the
            collection van: each morning he filters open sample requests by county and
            that's the route for the day (Kilkenny, Carlow, Laois, south Tipperary). Also
            picked up: they plan to add Legionella testing to their INAB scope next
            year."""),
        act("a-dun-005", "email", "2026-05-06T09:05:00Z", "u-declan", ["c-dun-orla"],
            "Invoice details",
            """Declan, can you make sure future invoices show our VAT number, IE3374419QH,
            and go to accounts@dunmorelabs.test rather than Ciarán. We pay by bank transfer
            on the last working day of the month. Thanks, Orla""",
            "inbound"),
        act("a-dun-006", "chat", "2026-07-02T13:10:00Z", "u-declan", ["c-dun-sinead"],
            "WhatsApp - news",
            """Sinéad: news! I'm going on maternity leave from mid-November. Tomasz will be
            acting lab manager while I'm out. I'll hand the INAB stuff over to him in
            October.""",
            "inbound"),
        act("a-dun-007", "call", "2026-09-10T11:00:00Z", "u-declan", ["c-dun-ciaran"],
            "Legionella add-on and competitor",
            """Ciarán on the phone. Wants a Legionella workflow (ISO 11731 plate counts,
            sample-site registers for clients' cooling towers). I scoped it at €7,200 a year
            as an add-on. He mentioned QBench quoted him €4,900 a month for the whole lab.
            Told him to compare like for like; he said he'd get back to me."""),
    ],
}

DUNMORE_INTERVIEW = {
    "decision_maker": t("""ciarán delaney, no question. owner, md, signs everything, it's
        his lab and his money. what he cares about: being the local guy who beats the big
        labs (eurofins etc) on turnaround and friendliness. and price, obviously, he'll
        always ask for a bit off. but he's loyal if you treat him right. sinéad's view
        matters a lot to him but it's his call."""),
    "champion": t("""sinéad fitzpatrick, lab manager. she's brilliant. promised her the
        biotyper connector (see hidden commitments, ugh). she needs to look good going into
        her mat leave - she wants to hand over a lab that runs without her so nobody can say
        it fell apart while she was out."""),
    "hidden_commitments": t("""ok so. the big one: i told sinéad on a call back in jan that
        we'd have an instrumentlink connector for the bruker maldi biotyper by Q2 2027.
        that's not on any official roadmap, PM said 'maybe 2027' and i rounded up. she's
        planning around it. second: ciarán thinks the founding-customer 15% is forever
        ('for as long as i'm alive' lol) - contract says only while they stay a reference.
        i never corrected him. third, small: i send orla the invoice pdf by email a week
        early so she can get ciarán to approve it."""),
    "history_sensitivities": t("""not much went wrong tbh. the one sore point was this
        feb: the renewal invoice went out on the 2026 price list by mistake, ciarán hit the
        roof on whatsapp, we reissued on the 2023 list within a day. still touchy, never
        say 'price list' to him. also portal lite had a 2 day outage in 2024 during a dairy
        co-op campaign and farmers rang ciarán directly. he brings that up when he wants a
        discount."""),
    "pricing_story": t("""64k, 22 users, annual. they're on the 2023 price list
        (grandfathered) with a 15% founding-customer discount - they were one of our first
        irish customers and ciarán does loads of word of mouth for us, took 3 prospects'
        calls last year. discount only holds while they're a reference (see the contract).
        annual because ciarán won't sign multi-year, he says 'sure we'll see how ye get
        on'."""),
    "unexpected_use": t("""the van!! ciarán uses the sampletrack due-date board as the
        route planner for the collection van. every morning he filters open sample requests
        by county and that's the route - kilkenny, carlow, laois, south tipp. no logistics
        software at all. don't change the board filters in an upgrade without telling
        him."""),
    "channels_surprises": t("""ciarán: whatsapp, voice notes even. don't email him, he
        won't see it. sinéad: email or teams. tomasz: in person or via sinéad, he doesn't
        really do email. orla: email, the accounts@ address. never surprise ciarán with
        anything on price - he wants a heads-up on whatsapp before anything lands in
        writing. if an invoice changes and he hears it from orla first, you'll hear about
        it, and he won't ring you back for a week."""),
    "org_changes": t("""sinéad's going on mat leave from mid november 2026, tomasz nowak is
        acting lab manager while she's out. tomasz is good but quiet and a bit sceptical of
        us, he liked their old excel setup. also they want to add legionella testing to the
        INAB scope in 2027 -> add-on opp. and ciarán's daughter aoibhe might be coming into
        the business at the end of next year, finance side."""),
    "warning_signs": t("""when ciarán's annoyed he stops whatsapping and sends a formal
        email signed 'Regards, C. Delaney'. happened before the feb invoice blow-up and
        before he asked for the 2024 outage credit. if you get a 'Regards, C. Delaney'
        email, ring him that day."""),
    "renewal_risk": t("""stated reason will be price - 'QBench is cheaper'. real reason: if
        tomasz is running the lab while sinéad's out and the biotyper connector isn't
        there, tomasz will tell ciarán the system's more hassle than it's worth. the renewal
        is 1 march, right in the middle of her leave."""),
}

# ==========================================================================
# Other reps' accounts: look-alike facts (no interviews, no questions)
# ==========================================================================
FENLAND = {
    "id": "acc-fenland",
    "name": "Fenland Water Services - Scientific Laboratory",
    "owner_id": "u-siobhan",
    "arr": 96000,
    "segment": "mid_market",
    "industry": "Water utility laboratory",
    "territory": "UK East",
    "renewal_date": "2027-05-31",
    "contract_notes": "GBP. Peterborough. 3-year term. 30 named users. Core, SampleTrack, "
                      "InstrumentLink.",
    "contacts": [
        contact("c-fen-kim", "Kim Osborne", "LIMS Administrator",
                "kim.osborne@fenlandwater.test", "+44 1632 960 417", "champion", "phone",
                4, "Goes by Kim. Owns templates and the on-call desk."),
        contact("c-fen-david", "David Marsh", "Laboratory Manager",
                "david.marsh@fenlandwater.test", "+44 1632 960 233", "decision_maker",
                "email", 3, "Reports to the utility board."),
    ],
    "opportunities": [],
    "activities": [
        act("a-fen-001", "email", "2026-01-14T10:00:00Z", "u-siobhan", ["c-fen-david"],
            "LabWare quote",
            """Siobhan, for transparency: LabWare quoted us £118,000 a year for a
            like-for-like replacement. We'd rather stay, but the board will ask. David""",
            "inbound"),
        act("a-fen-002", "meeting", "2026-03-20T11:00:00Z", "u-siobhan",
            ["c-fen-david", "c-fen-kim"],
            "UKAS visit debrief",
            """The UKAS surveillance visit in March raised three findings: two minor (audit
            trail review frequency; instrument interface validation records) and one
            observation. All closed by April."""),
        act("a-fen-003", "call", "2026-06-02T09:30:00Z", "u-siobhan", ["c-fen-kim"],
            "Kim's new number",
            """Kim Osborne has moved to the on-call desk; her phone number is now +44 1632
            960 417."""),
        act("a-fen-004", "note", "2026-08-11T15:00:00Z", "u-siobhan", ["c-fen-david"],
            "DWI audit",
            """Drinking Water Inspectorate audit outcome: satisfactory, no enforcement, two
            recommendations on sample chain of custody."""),
    ],
}

BRIGHTMOOR = {
    "id": "acc-brightmoor",
    "name": "Brightmoor Pathology Partnership",
    "owner_id": "u-siobhan",
    "arr": 540000,
    "segment": "enterprise",
    "industry": "Hospital pathology network",
    "territory": "UK North West",
    "renewal_date": "2027-09-30",
    "contract_notes": "GBP. Manchester. NHS pathology network, 5 hospital labs. Core, "
                      "SampleTrack, InstrumentLink.",
    "contacts": [
        contact("c-brm-alan", "Alan Whitworth", "Chief Information Security Officer",
                "alan.whitworth@brightmoorpath.test", "+44 161 496 0350", "blocker",
                "email", 2, "CISO. Reviews every supplier's security evidence."),
        contact("c-brm-fatima", "Fatima Rahman", "Pathology Network Director",
                "fatima.rahman@brightmoorpath.test", "+44 161 496 0318", "decision_maker",
                "email", 4, "Signs for the network."),
    ],
    "opportunities": [
        opp("o-brm-dp", "Digital pathology integration", "closed_won", 42000, "2026-03-31",
            "Kick-off with Philips in Q3"),
    ],
    "activities": [
        act("a-brm-001", "email", "2026-02-10T12:00:00Z", "u-siobhan", ["c-brm-fatima"],
            "Digital pathology integration",
            """Siobhan, thanks for the proposal. £42,000 for the Philips IntelliSite scanner
            integration is within budget; we'll proceed in Q3. Fatima""",
            "inbound"),
        act("a-brm-002", "meeting", "2026-04-15T10:00:00Z", "u-siobhan", ["c-brm-fatima"],
            "UKAS ISO 15189 assessment",
            """UKAS ISO 15189:2022 assessment raised four non-conformities, one relating to
            LIS validation. All closed within 60 days."""),
        act("a-brm-003", "call", "2026-05-28T14:00:00Z", "u-siobhan", ["c-brm-alan"],
            "Security review",
            """Alan Whitworth, the CISO, needs our pen test summary and SOC 2 Type II report
            before the renewal."""),
        act("a-brm-004", "note", "2026-07-09T16:00:00Z", "u-siobhan", ["c-brm-fatima"],
            "Regional structure",
            """The region has appointed a new Regional Executive Officer for the pathology
            network: Dr Helen Carmichael."""),
    ],
}

COASTLINE = {
    "id": "acc-coastline",
    "name": "Coastline Food Labs",
    "owner_id": "u-tom",
    "arr": 185000,
    "segment": "mid_market",
    "industry": "Food testing laboratory",
    "territory": "US West",
    "renewal_date": "2027-03-31",
    "contract_notes": "USD. Salinas, California. 3-year term. 48 named users. Core, "
                      "SampleTrack, ClientPortal.",
    "contacts": [
        contact("c-cst-maria", "Maria Delgado", "VP Operations",
                "maria.delgado@coastlinefood.test", "+1 831 555 0190", "decision_maker",
                "email", 3, None),
        contact("c-cst-kevin", "Kevin Oyelaran", "Senior Microbiologist",
                "kevin.oyelaran@coastlinefood.test", "+1 831 555 0157", "champion", "email",
                4, "Covers QA while the QA lead is out."),
    ],
    "opportunities": [],
    "activities": [
        act("a-cst-001", "email", "2026-02-03T18:00:00Z", "u-tom", ["c-cst-maria"],
            "Competitive quotes",
            """Tom, full transparency: LabVantage quoted $162,000 a year and LabWare
            $171,500 for our scope. Maria""",
            "inbound"),
        act("a-cst-002", "meeting", "2026-04-08T17:00:00Z", "u-tom", ["c-cst-maria"],
            "Costco supplier contract",
            """Coastline won Costco supplier produce testing, worth $2.3M over three
            years."""),
        act("a-cst-003", "call", "2026-06-19T16:00:00Z", "u-tom", ["c-cst-maria"],
            "Ownership",
            """Bluewater Equity completed its investment; Maria says the multiple was about
            11x EBITDA."""),
        act("a-cst-004", "chat", "2026-08-25T21:00:00Z", "u-tom", ["c-cst-kevin"],
            "QA lead back",
            """Kevin: our QA lead is back from maternity leave on January 11, 2027; until
            then route QA questions to me.""",
            "inbound"),
    ],
}

ACCOUNTS = [TAMARACK, MERIDIAN, STCOLMAN, PENNINE, HALVORSEN, DUNMORE,
            FENLAND, BRIGHTMOOR, COASTLINE]

INTERVIEWS = {
    "acc-tamarack": TAMARACK_INTERVIEW,
    "acc-meridian": MERIDIAN_INTERVIEW,
    "acc-stcolman": STCOLMAN_INTERVIEW,
    "acc-pennine": PENNINE_INTERVIEW,
    "acc-halvorsen": HALVORSEN_INTERVIEW,
    "acc-dunmore": DUNMORE_INTERVIEW,
}

# ==========================================================================
# Questions
# ==========================================================================
def I(qid):
    return {"kind": "interview", "question_id": qid}


def A(aid):
    return {"kind": "activity", "id": aid}


def C(cid):
    return {"kind": "contact", "id": cid}


def O(oid):
    return {"kind": "opportunity", "id": oid}


def ACC(aid):
    return {"kind": "account", "id": aid}


def Q(account, question, gold, must):
    return {"account_id": account, "question": question, "expect": "answer",
            "gold_sources": gold, "must_mention": must}


def X(account, question):
    return {"account_id": account, "question": question, "expect": "abstain",
            "gold_sources": [], "must_mention": []}


T, M, S, P, H, D = ("acc-tamarack", "acc-meridian", "acc-stcolman", "acc-pennine",
                    "acc-halvorsen", "acc-dunmore")

QUESTIONS = [
    # ---- Tamarack
    Q(T, "who signs off at tamarack?", [I("decision_maker")], ["Gil"]),
    Q(T, "Need the PO number from Tamarack's FY26 renewal, AP is asking",
      [A("a-tam-001")], ["PO-TRWA-26-0193"]),
    Q(T, "Did Declan promise the ops director anything on next year's price?",
      [I("hidden_commitments")], ["28,000"]),
    Q(T, "what's the freebie we owe Kim?",
      [I("champion"), I("hidden_commitments"), A("a-tam-002")], ["MPN"]),
    Q(T, "Is Tamarack using SampleTrack for anything off-label?",
      [I("unexpected_use"), A("a-tam-003")], ["complaint"]),
    Q(T, "Who's the IT guy at Tamarack I need to loop in before we touch SSO?",
      [I("channels_surprises"), C("c-tam-doug"), A("a-tam-004")], ["Doug"]),
    Q(T, "Phone # for the lab manager at Tamarack?", [C("c-tam-ruth")],
      ["+1 541 555 0142"]),
    Q(T, "That label printer mess at Tamarack - which printers, and how long was it down?",
      [I("history_sensitivities"), A("a-tam-006")], ["ZD421", "nine days"]),
    Q(T, "Realistically, why would Tamarack walk?",
      [I("renewal_risk"), I("org_changes")], ["LabWare"]),
    X(T, "How much did LabWare quote Tamarack?"),
    X(T, "got a phone number for Kim?"),

    # ---- Meridian
    Q(M, "who's the real EB at meridian now the new CIO is in?",
      [I("decision_maker")], ["Owen"]),
    Q(M, "What's the TCV threshold above which Meridian needs CIO sign-off?",
      [I("decision_maker"), A("a-mag-007")], ["500k"]),
    Q(M, "How big was the SLA credit for the March portal outage, and what's the credit "
         "memo number?",
      [A("a-mag-005"), I("history_sensitivities")], ["22,500", "CM-2026-118"]),
    Q(M, "What did Declan tell Vanessa we'd do if the portal falls over again?",
      [I("hidden_commitments")], ["Gulf Coast rollout"]),
    Q(M, "what does raj need from us to look good in front of the new CIO",
      [I("champion")], ["SampleBase"]),
    Q(M, "What number did STARLIMS come in at during the 2024 bake-off?",
      [A("a-mag-002"), I("pricing_story")], ["910"]),
    Q(M, "Who at Meridian must never be blindsided, and on what topic?",
      [I("channels_surprises"), A("a-mag-004")], ["Dana", "audit trail"]),
    Q(M, "When are the MSA redlines due to procurement?", [A("a-mag-010")],
      ["March 15, 2027"]),
    Q(M, "Who's the PE sponsor behind Meridian and what are they pushing for?",
      [I("org_changes")], ["Halcyon", "EBITDA"]),
    Q(M, "Houston uses the QC charts for something we never built them for - what?",
      [I("unexpected_use"), A("a-mag-006")], ["maintenance"]),
    Q(M, "Anything from the 2024 rollout I shouldn't raise with the Houston site "
         "director?",
      [I("history_sensitivities")], ["11 weeks"]),
    X(M, "Who's Meridian's CISO? Owen wants the SOC 2 report sent there."),
    X(M, "When does Owen's platform RFI close?"),
    X(M, "How many users does the Houston site have?"),

    # ---- St Colman's
    Q(S, "Who actually calls the shots on the St Colman's renewal?",
      [I("decision_maker")], ["Fiona Gallagher"]),
    Q(S, "What is the HSE tender reference for the St Colman's framework agreement?",
      [ACC(S)], ["HSE-PROC-2022-0457"]),
    Q(S, "how long were results stuck when the cobas interface died?",
      [A("a-stc-002"), I("history_sensitivities")], ["14 hours"]),
    Q(S, "Is the chief med scientist going anywhere?", [I("org_changes")], ["retire"]),
    Q(S, "Do we owe St Colman's any free training that isn't in the contract?",
      [I("hidden_commitments")], ["on-site training"]),
    Q(S, "What non-sample stuff are they tracking in SampleTrack over there?",
      [I("unexpected_use"), A("a-stc-004")], ["coroner"]),
    Q(S, "When's the new Sysmex line going in and what did we quote for the "
         "InstrumentLink piece?",
      [A("a-stc-009"), O("o-stc-xn")], ["16 November", "18,400"]),
    Q(S, "Who do I go through to get a meeting with the clinical director?",
      [I("channels_surprises")], ["Maura"]),
    Q(S, "What's the tell that the LIS manager is shopping around?",
      [I("warning_signs")], ["export"]),
    Q(S, "Why is the histo module free at St Colman's?",
      [I("pricing_story"), ACC(S)], ["reference site"]),
    X(S, "What price did we quote St Colman's for the Philips scanner integration?"),
    X(S, "Who's the Regional Executive Officer for Health Region South West? Name "
         "please."),

    # ---- Pennine
    Q(P, "What did Declan tell Sunita about pricing the Grimsby users?",
      [I("hidden_commitments")], ["no onboarding fee"]),
    Q(P, "Who's stepping up when Graham steps back at Pennine?",
      [I("org_changes"), A("a-pen-007"), I("decision_maker")], ["Sunita"]),
    Q(P, "How much did we overbill Pennine for the Hull users?",
      [A("a-pen-004"), I("history_sensitivities")], ["4,860"]),
    Q(P, "what's the supplier risk thing callum is selling to retailers",
      [I("unexpected_use"), A("a-pen-006")], ["supplier risk dashboard"]),
    Q(P, "Which week was the UKAS surveillance visit booked for?", [A("a-pen-002")],
      ["2 March 2026"]),
    Q(P, "Which LIMS did the Hull lot get a demo of?", [A("a-pen-008")],
      ["Matrix Gemini"]),
    Q(P, "email for the QA manager at Pennine?", [C("c-pen-jo")],
      ["jo.pickering@penninefood.test"]),
    Q(P, "Who at Pennine must never be surprised by an invoice?",
      [I("channels_surprises"), A("a-pen-004")], ["Martin"]),
    Q(P, "How many users are we expecting at the Grimsby site?", [O("o-pen-grimsby")],
      ["nine users"]),
    Q(P, "What does the MD call the 2024 Hull delay?",
      [I("history_sensitivities")], ["the summer we lost"]),
    X(P, "Did UKAS raise any findings at Pennine's March visit, and how many?"),
    X(P, "What's the Tesco contract worth to Pennine per year?"),

    # ---- Halvorsen
    Q(H, "Who signs at Halvorsen and what does he actually care about?",
      [I("decision_maker")], ["Erik", "MPCA"]),
    Q(H, "Did we agree to change how often Halvorsen gets invoiced? Starting when?",
      [I("hidden_commitments"), A("a-hal-007")], ["quarterly billing", "January 2027"]),
    Q(H, "What broke in the Element migration?",
      [I("history_sensitivities"), A("a-hal-003")], ["qualifiers"]),
    Q(H, "is megan a flight risk?", [I("org_changes"), A("a-hal-005")], ["Pace"]),
    Q(H, "What are the engineers ordering through the portal?",
      [I("unexpected_use"), A("a-hal-004")], ["bottle kits"]),
    Q(H, "What conference gig did we promise the lab director?", [I("champion")],
      ["Assayra Connect"]),
    Q(H, "Why is the EDD module only billed at cost?", [I("pricing_story")],
      ["displacement"]),
    Q(H, "What's the next step on the Halvorsen renewal and when's it due?",
      [O("o-hal-renewal"), A("a-hal-008")], ["October 15"]),
    Q(H, "Which PE firm is sniffing around Halvorsen?", [I("org_changes")],
      ["Northstar Ridge"]),
    Q(H, "How much has PFAS volume grown at Halvorsen, per the mid-year QBR?",
      [A("a-hal-006")], ["40%"]),
    X(H, "What multiple did Northstar Ridge offer for Halvorsen?"),
    X(H, "When's Megan's last day at Halvorsen?"),

    # ---- Dunmore
    Q(D, "whats the founding customer discount at dunmore",
      [I("pricing_story"), ACC(D)], ["15%"]),
    Q(D, "best way to reach ciarán? is email ok?",
      [I("channels_surprises"), C("c-dun-ciaran")], ["WhatsApp"]),
    Q(D, "who's covering while sinéad is on mat leave?",
      [I("org_changes"), A("a-dun-006")], ["Tomasz"]),
    Q(D, "what's this about the van and sampletrack??",
      [I("unexpected_use"), A("a-dun-004")], ["due-date board"]),
    Q(D, "What did QBench quote Ciarán?", [A("a-dun-007")], ["4,900"]),
    Q(D, "Dunmore's VAT number for the invoice?", [A("a-dun-005")], ["IE3374419QH"]),
    Q(D, "When did we tell Sinéad the Biotyper connector would be ready?",
      [I("hidden_commitments")], ["Q2 2027"]),
    Q(D, "What's the red flag when Ciarán emails instead of WhatsApping?",
      [I("warning_signs")], ["Regards, C. Delaney"]),
    Q(D, "How much is the Legionella add-on?",
      [O("o-dun-legionella"), A("a-dun-007")], ["7,200"]),
    X(D, "do we have an email for tomasz?"),
    X(D, "when's sinéad back from mat leave?"),
]


def build():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    questions = []
    for n, q in enumerate(QUESTIONS, 1):
        questions.append({"id": "q-%03d" % n, **q})
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-declan",
        "successor_user_id": "u-hannah",
        "manager_user_id": "u-marcus",
        "interviews": INTERVIEWS,
        "questions": questions,
    }
    return bundle, ev


def main():
    bundle, ev = build()
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n_contacts = sum(len(a["contacts"]) for a in bundle["accounts"])
    n_acts = sum(len(a["activities"]) for a in bundle["accounts"])
    n_opps = sum(len(a["opportunities"]) for a in bundle["accounts"])
    n_abs = sum(1 for q in ev["questions"] if q["expect"] == "abstain")
    print("wrote bundle.json and eval.json: %d accounts, %d contacts, %d activities, "
          "%d opportunities, %d questions (%d abstain)"
          % (len(bundle["accounts"]), n_contacts, n_acts, n_opps, len(ev["questions"]),
             n_abs))


if __name__ == "__main__":
    main()
