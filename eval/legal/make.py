#!/usr/bin/env python3
"""Builds bundle.json and eval.json for the legal-tech (e-discovery / contract review) set.

Vendor: Lexaura (Lexaura Review, Lexaura Hold, Clause AI).
Departing rep: Claire Ostrowski (u-claire). Successor: Julian Marchetti (u-julian).
All text below is hand-written; the script only assembles it.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def t(s):
    """Collapse the line breaks of a triple-quoted paragraph into single spaces."""
    return " ".join(s.split())


# --------------------------------------------------------------------------
# Users
# --------------------------------------------------------------------------
TEAM = "Legal & Insurance - North America"
users = [
    {"id": "u-priya", "name": "Priya Natarajan", "email": "priya.natarajan@lexaura.test",
     "role": "admin", "team": "Revenue Operations"},
    {"id": "u-gordon", "name": "Gordon Whitcombe", "email": "gordon.whitcombe@lexaura.test",
     "role": "manager", "team": TEAM},
    {"id": "u-claire", "name": "Claire Ostrowski", "email": "claire.ostrowski@lexaura.test",
     "role": "rep", "manager_id": "u-gordon", "team": TEAM},
    {"id": "u-julian", "name": "Julian Marchetti", "email": "julian.marchetti@lexaura.test",
     "role": "rep", "manager_id": "u-gordon", "team": TEAM},
    {"id": "u-devon", "name": "Devon Achterberg", "email": "devon.achterberg@lexaura.test",
     "role": "rep", "manager_id": "u-gordon", "team": TEAM},
    {"id": "u-naomi", "name": "Naomi Feld", "email": "naomi.feld@lexaura.test",
     "role": "rep", "manager_id": "u-gordon", "team": "Legal & Insurance - Canada"},
    {"id": "u-tomasz", "name": "Tomasz Wieczorek", "email": "tomasz.wieczorek@lexaura.test",
     "role": "rep", "manager_id": "u-gordon", "team": "Legal & Insurance - Canada"},
]


def act(id_, kind, at, author, contacts, subject, body, direction=None):
    a = {"id": id_, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": t(body)}
    if direction:
        a["direction"] = direction
    return a


# --------------------------------------------------------------------------
# Account 1: Halverson Pryce LLP (enterprise law firm, Chicago)
# --------------------------------------------------------------------------
halverson = {
    "id": "acc-halverson",
    "name": "Halverson Pryce LLP",
    "owner_id": "u-claire",
    "arr": 1240000,
    "segment": "enterprise",
    "industry": "Legal services - law firm",
    "territory": "US Central",
    "renewal_date": "2027-03-31",
    "contract_notes": t("""Three-year MSA (ref. HP-MSA-2024-017) effective 2024-04-01 through
        2027-03-31. Annual fees: platform and 350 review seats $820,000 (seats reduced from 400 by
        Amendment No. 2, September 2025); hosted data commitment of 300 TB at $1,400 per TB per
        year, $420,000 (commitment raised from 250 TB to 300 TB in the same amendment). Overage
        billed quarterly at $1,600 per TB per year. 9% multi-year discount off list; renewal
        uplift capped at 4%. DPA executed 2024-05-10: 48-hour breach notification, 30 days'
        advance notice of new subprocessors. No termination for convenience; termination for
        cause with 60-day cure period."""),
    "contacts": [
        {"id": "c-hp-liddell", "name": "Graham Liddell", "title": "Chief Operating Officer",
         "email": "graham.liddell@halversonpryce.test", "phone": "+1 312 555 0148",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Signs vendor contracts over $500K. Wants a one-page cost summary before any meeting."},
        {"id": "c-hp-vandermeer", "name": "Hugh Vandermeer",
         "title": "Partner, Chair of the Litigation Department",
         "email": "hugh.vandermeer@halversonpryce.test", "phone": "+1 312 555 0110",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 2,
         "notes": "Executive Committee member. Book time through his assistant Dorothy Kwan (+1 312 555 0111)."},
        {"id": "c-hp-osei", "name": "Abena Osei",
         "title": "Director of Litigation Support & eDiscovery",
         "email": "abena.osei@halversonpryce.test", "phone": "+1 312 555 0172",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 5,
         "notes": "Runs the review operations team, about 40 people across Chicago and New York."},
        {"id": "c-hp-kaur", "name": "Simran Kaur", "title": "Chief Information Security Officer",
         "email": "simran.kaur@halversonpryce.test", "phone": "+1 312 555 0190",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Owns the annual vendor risk review; asks for our SOC 2 Type II report every year."},
        {"id": "c-hp-brennan", "name": "Patrick Brennan", "title": "Senior Litigation Support Analyst",
         "email": "patrick.brennan@halversonpryce.test", "phone": "+1 212 555 0136",
         "role": "user", "preferred_channel": "chat", "relationship_strength": 4},
        {"id": "c-hp-ferrante", "name": "Lucia Ferrante", "title": "Director of Strategic Sourcing",
         "email": "lucia.ferrante@halversonpryce.test", "phone": "+1 312 555 0157",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Runs all sourcing in Coupa."},
    ],
    "opportunities": [
        {"id": "o-hp-renewal", "name": "Halverson Pryce - 2027 renewal (3-year)", "stage": "proposal",
         "amount": 1310000, "close_date": "2027-03-31",
         "next_step": "Deliver renewal proposal through Coupa by December 4, including a Canada Central hosting option"},
        {"id": "o-hp-clauseai", "name": "Clause AI - M&A practice pilot to paid", "stage": "pilot",
         "amount": 185000, "close_date": "2026-12-18",
         "next_step": "Pilot readout with the M&A group on November 19"},
    ],
    "activities": [
        act("a-hp-001", "meeting", "2026-01-13T15:00:00Z", "u-claire", ["c-hp-osei", "c-hp-liddell"],
            "Q4 2025 business review - Chicago office",
            """Reviewed 2025 usage with Abena and Graham. Hosted volume closed the year at 287 TB
            against the 300 TB commitment, and 281 of 350 review seats were active in December.
            Graham asked when they will cross 300 TB; Abena expects it by mid-year because of the
            Meridian Rail matter. Agreed to send a monthly volume report from now on."""),
        act("a-hp-002", "email", "2026-02-03T23:40:00Z", "u-claire", ["c-hp-osei"],
            "URGENT - processing queue stalled, Meridian production due Thursday",
            """Claire, our processing jobs for the Meridian Rail collection have been sitting at
            'queued' since 6 a.m. Central. We have a court-ordered production due Thursday and about
            1.1 million documents still need OCR. Support ticket is LX-44817 and nobody has given us
            an ETA. Please escalate now.""", "inbound"),
        act("a-hp-003", "call", "2026-02-04T14:30:00Z", "u-claire", ["c-hp-osei", "c-hp-kaur", "c-hp-brennan"],
            "Incident bridge - ticket LX-44817",
            """Joined the incident bridge with Abena, Simran and Patrick plus our support lead. Root
            cause: the OCR worker pool for their tenant was left at reduced capacity after the
            February 1 platform upgrade. Jobs resumed at 2:10 a.m. Central; total delay was about
            19 hours. The production went out on time after Patrick's team worked overnight. Told
            Abena we would put a service credit in writing by the end of the month."""),
        act("a-hp-004", "email", "2026-02-20T16:05:00Z", "u-claire", ["c-hp-liddell", "c-hp-osei"],
            "Service credit for February processing delay",
            """Graham, Abena - following the processing delay on February 3-4, we have issued a
            service credit of $36,000, which will appear on the April invoice as credit memo
            CM-2026-0091. The root cause analysis is attached. We have also added capacity alerting
            to every OCR worker pool, so a pool running below capacity now pages our on-call
            engineer within fifteen minutes.""", "outbound"),
        act("a-hp-005", "meeting", "2026-03-17T18:00:00Z", "u-claire", ["c-hp-kaur"],
            "Security deep-dive with the CISO",
            """Walked Simran through the 2025 SOC 2 Type II report and our encryption key
            management. She asked for the executive summary of our latest external penetration
            test and for a list of subprocessors with their data locations. She said the formal
            annual vendor risk review will take place in October."""),
        act("a-hp-006", "note", "2026-04-08T20:15:00Z", "u-claire", ["c-hp-osei"],
            "Toronto office - possible Canadian hosting",
            """Abena mentioned on our monthly check-in that the firm plans to open a Toronto office
            in early 2027 through a combination with a local litigation boutique. She expects
            Canadian clients to insist that their data stays in Canada. Flagged Canada Central
            hosting as a possible add at renewal."""),
        act("a-hp-007", "chat", "2026-05-21T14:42:00Z", "u-claire", ["c-hp-brennan"],
            "TAR 2.0 stopping point question",
            """Patrick asked how to document a defensible stopping point for continuous active
            learning on the Meridian review, since opposing counsel wants a recall estimate. Sent
            him our elusion testing template and the validation memo outline. He plans to run an
            elusion sample of 2,400 documents next week.""", "inbound"),
        act("a-hp-008", "meeting", "2026-06-10T16:00:00Z", "u-claire", ["c-hp-osei"],
            "Clause AI demo - M&A practice group",
            """Demoed Clause AI to Abena and three M&A associates on sample credit agreements. Strong
            interest in change-of-control and assignment clause extraction. They asked whether it
            reads scanned signature pages: yes with OCR, though accuracy drops on handwritten edits.
            Agreed to scope a pilot for September."""),
        act("a-hp-009", "email", "2026-07-15T13:20:00Z", "u-claire", ["c-hp-liddell"],
            "Q2 hosting overage - 318 TB",
            """Graham, as flagged in the monthly report, hosted volume reached 318 TB in June, 18 TB
            over the 300 TB commitment. Under the MSA the overage rate is $1,600 per TB per year,
            billed quarterly, so the Q2 overage on invoice INV-HP-26-0712 is $7,200. Happy to walk
            through raising the commitment at renewal, which would bring the per-TB rate back
            down.""", "outbound"),
        act("a-hp-010", "email", "2026-08-26T19:10:00Z", "u-claire", ["c-hp-ferrante"],
            "Renewal process - sourcing policy",
            """Claire, a heads-up that under our sourcing policy any technology contract with an
            annual value over $1 million must go through a competitive RFP at renewal, unless the
            Executive Committee grants a waiver. I expect to issue the RFP in January. Please make
            sure your renewal proposal reaches me through Coupa, not by email.""", "inbound"),
        act("a-hp-011", "meeting", "2026-09-09T15:30:00Z", "u-claire", ["c-hp-osei", "c-hp-brennan"],
            "Clause AI pilot kickoff",
            """Kicked off the 60-day Clause AI pilot with the M&A group. Scope: about 1,200 NDAs and
            credit agreements, five clause types (change of control, assignment, MFN, governing
            law, termination for convenience). Success criterion agreed with Abena: at least 90%
            precision on change of control. Pilot readout scheduled for November 19."""),
        act("a-hp-012", "meeting", "2026-10-14T17:00:00Z", "u-claire", ["c-hp-kaur", "c-hp-osei"],
            "Annual vendor risk review",
            """Simran ran the annual vendor risk review. Main finding: we added a new OCR
            subprocessor in August and the firm did not receive the 30 days' advance notice the DPA
            requires. She logged it as a finding with a remediation date of December 15. Action for
            us: send a formal subprocessor notice and a letter confirming the new subprocessor's
            data location (US only)."""),
        act("a-hp-013", "call", "2026-10-29T21:00:00Z", "u-claire", ["c-hp-vandermeer"],
            "Intro call with Hugh Vandermeer",
            """First direct call with Hugh, arranged through Dorothy Kwan. He spent most of it on
            the February delay and asked what would stop the same thing from happening during a
            trial. Explained the capacity alerting and the named escalation path. He asked for a
            short written summary he can share with the Executive Committee."""),
        act("a-hp-014", "email", "2026-11-06T15:45:00Z", "u-claire", ["c-hp-liddell", "c-hp-ferrante"],
            "Renewal proposal timing",
            """Graham, Lucia - we will deliver the renewal proposal through Coupa by December 4. It
            will include an option for Canadian hosting for the Toronto office and a revised hosted
            data commitment. Please let me know if the Executive Committee would like a
            presentation before the RFP decision.""", "outbound"),
    ],
}

# --------------------------------------------------------------------------
# Account 2: Castellane Mutual Insurance Group (enterprise insurer, Hartford)
# --------------------------------------------------------------------------
castellane = {
    "id": "acc-castellane",
    "name": "Castellane Mutual Insurance Group",
    "owner_id": "u-claire",
    "arr": 685000,
    "segment": "enterprise",
    "industry": "Insurance - property & casualty",
    "territory": "US Northeast",
    "renewal_date": "2027-06-30",
    "contract_notes": t("""MSA effective 2023-07-01; renewed 2025-07-01 for a two-year term ending
        2027-06-30. Licensed: Lexaura Hold for up to 2,000 active custodians, 120 review seats,
        90 TB hosted in US regions. $685,000 per year, invoiced quarterly in advance, Net 60.
        Panel counsel: up to 25 outside-counsel firms may receive guest review seats at no charge.
        DPA and HIPAA Business Associate Agreement in place (claims files include medical
        records). Renewal uplift capped at 5%. SOW-CM-07 (hold expansion for claims adjusters)
        pending signature."""),
    "contacts": [
        {"id": "c-cm-delacroix", "name": "Marguerite Delacroix",
         "title": "General Counsel & Corporate Secretary",
         "email": "marguerite.delacroix@castellanemutual.test", "phone": "+1 860 555 0101",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Former coverage litigator. Executive assistant Joan Pelletier manages her calendar."},
        {"id": "c-cm-abernathy", "name": "Tobias Abernathy", "title": "Deputy General Counsel, Litigation",
         "email": "tobias.abernathy@castellanemutual.test", "phone": "+1 860 555 0124",
         "role": "decision_maker", "preferred_channel": "phone", "relationship_strength": 4,
         "notes": "Cell +1 860 555 0188; prefers calls after 4 p.m. Eastern."},
        {"id": "c-cm-nguyen", "name": "Linh Nguyen", "title": "Manager, eDiscovery & Legal Operations",
         "email": "linh.nguyen@castellanemutual.test", "phone": "+1 860 555 0193",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 5},
        {"id": "c-cm-rourke", "name": "Dennis Rourke", "title": "VP, Claims Litigation",
         "email": "dennis.rourke@castellanemutual.test", "phone": "+1 860 555 0140",
         "role": "influencer", "preferred_channel": "in person", "relationship_strength": 2},
        {"id": "c-cm-batista", "name": "Carla Batista", "title": "Sourcing Manager, IT Procurement",
         "email": "carla.batista@castellanemutual.test", "phone": "+1 860 555 0162",
         "role": "other", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "All sourcing events run through Ariba."},
        {"id": "c-cm-whitaker", "name": "Sean Whitaker", "title": "Principal Security Architect",
         "email": "sean.whitaker@castellanemutual.test", "phone": "+1 860 555 0177",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 1},
    ],
    "opportunities": [
        {"id": "o-cm-renewal", "name": "Castellane - FY27 renewal", "stage": "qualification",
         "amount": 720000, "close_date": "2027-06-30",
         "next_step": "Book EBR with Marguerite Delacroix for January through Joan Pelletier"},
        {"id": "o-cm-holds", "name": "Lexaura Hold - claims adjuster custodian expansion (SOW-CM-07)",
         "stage": "negotiation", "amount": 64000, "close_date": "2026-12-15",
         "next_step": "Carla Batista to issue the PO now that SOW-CM-07 redlines are accepted"},
    ],
    "activities": [
        act("a-cm-001", "meeting", "2026-01-22T15:00:00Z", "u-claire", ["c-cm-nguyen", "c-cm-abernathy"],
            "2026 planning session - Hartford",
            """Met Linh and Tobias at the Hartford office to set 2026 priorities. Top of the list is
            a defensible hold process for the Storm Delphine claims litigation in Florida, where
            plaintiffs' firms are already alleging spoliation. Tobias wants hold acknowledgment
            rates above 95% within five business days. Linh asked for a monthly custodian
            report."""),
        act("a-cm-002", "email", "2026-02-11T14:22:00Z", "u-claire", ["c-cm-nguyen"],
            "Panel counsel can see another matter",
            """Claire - Harrow & Kemp's review team just told us they can see folder names from a
            workspace that belongs to a different matter. I have pulled their access for now and
            opened ticket LX-45230. I need to know today what they could see and for how
            long.""", "inbound"),
        act("a-cm-003", "call", "2026-02-12T16:00:00Z", "u-claire", ["c-cm-nguyen", "c-cm-whitaker", "c-cm-abernathy"],
            "Access event review - LX-45230",
            """Reviewed audit logs with Linh, Sean and Tobias. A permissions template copied during
            workspace setup gave Harrow & Kemp's group read access to the folder tree of an
            unrelated bad-faith matter for about 3 hours. The audit log shows 14 folder names were
            visible and no documents were opened or downloaded. Linh is reporting it to
            Castellane's privacy office; Sean asked for a written root cause analysis within three
            weeks."""),
        act("a-cm-004", "email", "2026-03-05T20:00:00Z", "u-claire", ["c-cm-nguyen", "c-cm-whitaker", "c-cm-abernathy"],
            "Root cause analysis - LX-45230",
            """Attached is the root cause analysis for the February 11 access event. We have removed
            template-based permission copying for guest groups and added a mandatory second
            approver for any panel counsel access. Starting this quarter we will send a quarterly
            access review report listing every guest user and the workspaces they can
            reach.""", "outbound"),
        act("a-cm-005", "meeting", "2026-04-16T17:30:00Z", "u-claire", ["c-cm-nguyen", "c-cm-abernathy", "c-cm-rourke"],
            "Q1 business review",
            """Q1 review with Linh, Tobias and Dennis. 1,870 active custodians on hold against the
            2,000 licensed, and 74 TB hosted. Acknowledgment within five business days was 91%,
            below Tobias's 95% target; most late acknowledgments come from field adjusters. Dennis
            left after 20 minutes."""),
        act("a-cm-006", "chat", "2026-05-28T13:05:00Z", "u-claire", ["c-cm-nguyen"],
            "Spanish-language TAR question",
            """Linh asked whether our TAR models can handle Spanish-language documents for the
            Puerto Rico claims matters; about a third of that collection is in Spanish. Told her
            multilingual TAR is on the roadmap and that I would get her a date from
            product.""", "inbound"),
        act("a-cm-007", "email", "2026-06-30T15:00:00Z", "u-claire", ["c-cm-nguyen", "c-cm-whitaker"],
            "Quarterly access review report - Q2 2026",
            """Attached is the Q2 access review report: 19 panel counsel firms currently hold guest
            access across 43 workspaces, with 212 guest users in total. Three guest users had not
            logged in for 90 days and were disabled on June 27 under the agreed
            policy.""", "outbound"),
        act("a-cm-008", "call", "2026-07-22T19:30:00Z", "u-claire", ["c-cm-rourke"],
            "Call with Dennis Rourke",
            """Dennis questioned why claims litigation pays for review seats when most panel firms
            run their own review platforms. He wants his group's usage charged back to Claims
            rather than to Legal. Offered a usage breakdown by department; he agreed to look at it
            but did not commit to a follow-up."""),
        act("a-cm-009", "email", "2026-08-19T14:10:00Z", "u-claire", ["c-cm-batista"],
            "Vendor documentation - hold expansion",
            """Claire, before I can issue a PO for the hold expansion I need an SOW, a current W-9
            and a certificate of insurance showing at least $10 million in cyber liability
            coverage. Please upload everything to the Ariba event, reference
            CM-SRC-2026-118.""", "inbound"),
        act("a-cm-010", "meeting", "2026-09-15T15:00:00Z", "u-claire", ["c-cm-nguyen", "c-cm-batista", "c-cm-abernathy"],
            "SOW-CM-07 redline session",
            """Walked through SOW-CM-07 with Linh, Carla and Tobias: it adds 2,500 claims adjusters
            as hold custodians for $64,000 a year, co-terminous with the MSA. Carla's redlines:
            Net 60 instead of Net 30, and a cap of 40 hours on professional services. Accepted both
            in principle, pending Gordon's approval."""),
        act("a-cm-011", "email", "2026-10-07T18:45:00Z", "u-claire", ["c-cm-whitaker"],
            "SSO and provisioning requirement",
            """Claire, Castellane's identity standard now requires SSO through Okta with SCIM user
            provisioning for every application that holds claims data. Lexaura must be compliant
            by March 31, 2027. If you cannot confirm a plan by December, I will raise it as an
            exception with the CIO.""", "inbound"),
        act("a-cm-012", "note", "2026-10-21T20:30:00Z", "u-claire", ["c-cm-abernathy"],
            "Project Keel",
            """Tobias told me Castellane announced 'Project Keel' at the October town hall: an 8%
            operating expense reduction across corporate functions for 2027, Legal included. Every
            vendor renewal over $250,000 will get a second review by a finance business
            partner."""),
        act("a-cm-013", "email", "2026-11-04T14:00:00Z", "u-claire", ["c-cm-batista"],
            "SOW-CM-07 - redlines accepted",
            """Carla, Gordon has approved both redlines, so SOW-CM-07 is ready for signature with
            Net 60 terms and a 40-hour cap on professional services. The W-9 and certificate of
            insurance are uploaded to Ariba under CM-SRC-2026-118. We are ready for the PO whenever
            you are.""", "outbound"),
    ],
}

# --------------------------------------------------------------------------
# Account 3: Bouchard Lemieux Tremblay (mid-market law firm, Montreal)
# --------------------------------------------------------------------------
bouchard = {
    "id": "acc-bouchard",
    "name": "Bouchard Lemieux Tremblay LLP",
    "owner_id": "u-claire",
    "arr": 212000,
    "segment": "mid_market",
    "industry": "Legal services - law firm",
    "territory": "Canada East",
    "renewal_date": "2027-01-15",
    "contract_notes": t("""Master Subscription Agreement executed in French and English; the French
        version governs. Two-year term 2025-01-16 to 2027-01-15. 60 review seats, 15 Clause AI
        seats, 25 TB hosted in Canada Central with backups replicated to Canada East (data
        residency clause, section 9.2). $212,000 per year in USD, invoiced annually in January;
        includes a 12% Canadian hosting premium and a 6% discount linked to a joint case study.
        French-language support during business hours Eastern. Seat reductions at renewal require
        60 days' written notice."""),
    "contacts": [
        {"id": "c-blt-lemieux", "name": "Sophie Lemieux", "title": "Managing Partner",
         "email": "sophie.lemieux@blt-avocats.test", "phone": "+1 514 555 0120",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Address as Me Lemieux. Correspondence in French."},
        {"id": "c-blt-gagnon", "name": "Étienne Gagnon", "title": "Director, Practice Support & Innovation",
         "email": "etienne.gagnon@blt-avocats.test", "phone": "+1 514 555 0147",
         "role": "champion", "preferred_channel": "text", "relationship_strength": 4},
        {"id": "c-blt-fortin", "name": "Isabelle Fortin", "title": "Partner, Class Actions",
         "email": "isabelle.fortin@blt-avocats.test", "phone": "+1 514 555 0133",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 3,
         "notes": "Legal assistant: Nathalie Béland."},
        {"id": "c-blt-okafor", "name": "Daniel Okafor", "title": "Director of IT",
         "email": "daniel.okafor@blt-avocats.test", "phone": "+1 514 555 0165",
         "role": "influencer", "preferred_channel": "ticket portal", "relationship_strength": 2,
         "notes": "Owns Law 25 privacy compliance for vendors."},
        {"id": "c-blt-roy", "name": "Mélanie Roy", "title": "Finance Manager",
         "email": "melanie.roy@blt-avocats.test", "phone": "+1 418 555 0109",
         "role": "other", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Based in the Quebec City office."},
    ],
    "opportunities": [
        {"id": "o-blt-renewal", "name": "BLT - renewal January 2027", "stage": "negotiation",
         "amount": 198000, "close_date": "2027-01-15",
         "next_step": "Send French-language renewal order form to Mélanie Roy; confirm seat reduction from 60 to 50"},
        {"id": "o-blt-surge", "name": "Surge seats - Fortin class action", "stage": "closed_won",
         "amount": 27500, "close_date": "2026-04-02",
         "next_step": "None - surge seats expire August 31, 2026"},
    ],
    "activities": [
        act("a-blt-001", "call", "2026-01-20T15:00:00Z", "u-claire", ["c-blt-gagnon"],
            "Clause AI - French clause labels",
            """Étienne reported that Clause AI mislabels Quebec civil law concepts in French-language
            contracts: hypothecs come back as 'security interest - other' and penalty clauses as
            'liquidated damages'. Only 6 of the 15 Clause AI seats were used in December. Logged
            the feedback with product under FR-2291."""),
        act("a-blt-002", "email", "2026-02-17T14:30:00Z", "u-claire", ["c-blt-okafor"],
            "Law 25 - privacy impact assessment",
            """Claire, as part of our Law 25 obligations I need updated documentation for our
            privacy impact assessment on Lexaura: confirmation that all client data, including
            backups and logs, stays in Canada, and a list of any service providers outside Quebec
            who can access it. Please reply through our vendor ticket portal.""", "inbound"),
        act("a-blt-003", "email", "2026-02-26T16:00:00Z", "u-claire", ["c-blt-okafor"],
            "Re: Law 25 - privacy impact assessment",
            """Daniel, our responses are uploaded to your portal under reference PIA-BLT-2026-02.
            Production data and backups stay in Canada Central with replication to Canada East.
            Application logs are also stored in Canada. Our US-based support staff can reach the
            tenant only with a time-limited approval granted by your administrators.""", "outbound"),
        act("a-blt-004", "meeting", "2026-03-24T18:00:00Z", "u-claire", ["c-blt-fortin", "c-blt-gagnon"],
            "Class action surge - Dionne v. Boréal",
            """Met Isabelle Fortin and Étienne about the Dionne c. Groupe Alimentaire Boréal class
            action: about 1.6 million documents in the defendant's production, mostly in French.
            Isabelle needs 40 extra review seats for contract reviewers from April to the end of
            August. Quoted $27,500 for the surge."""),
        act("a-blt-005", "email", "2026-04-02T13:15:00Z", "u-claire", ["c-blt-roy"],
            "Bon de commande - sièges temporaires",
            """Claire, attached is purchase order BLT-PO-3381 for the 40 temporary review seats, in
            the amount quoted. Please make sure the invoice references the PO number.""", "inbound"),
        act("a-blt-006", "chat", "2026-05-13T19:20:00Z", "u-claire", ["c-blt-gagnon"],
            "TAR on bilingual documents",
            """Étienne asked whether one TAR model can learn from French and English documents in the
            same Dionne review set or whether they should split by language. Recommended a single
            model with language as a tracked field and a separate elusion test for each
            language.""", "inbound"),
        act("a-blt-007", "email", "2026-06-18T15:40:00Z", "u-claire", ["c-blt-roy"],
            "Invoice INV-BLT-26-0419 - currency",
            """Claire, invoice INV-BLT-26-0419 for the surge seats was issued for $27,500 USD, but our
            PO BLT-PO-3381 was approved in Canadian dollars and our system rejected the invoice. I
            had to explain the rejection to the finance committee. Please reissue it showing the
            CAD equivalent and our GST and QST numbers.""", "inbound"),
        act("a-blt-008", "note", "2026-07-09T14:00:00Z", "u-priya", ["c-blt-roy"],
            "Surge invoice paid",
            """Billing reissued INV-BLT-26-0419 on July 2 with the CAD equivalent and the GST/QST
            registration numbers. Mélanie confirmed payment by wire on July 8."""),
        act("a-blt-009", "meeting", "2026-08-27T14:00:00Z", "u-claire", ["c-blt-gagnon", "c-blt-okafor"],
            "SSO and French interface issues",
            """Worked through open items with Étienne and Daniel. Daniel wants SSO moved to Microsoft
            Entra ID before the renewal. Étienne presented a list of 17 French interface defects,
            mostly untranslated buttons in the redaction panel and English-only error messages; 5
            are fixed in the September release."""),
        act("a-blt-010", "email", "2026-09-30T12:30:00Z", "u-claire", ["c-blt-lemieux", "c-blt-roy"],
            "Rencontre avant le renouvellement",
            """Me Lemieux wrote in French (summary): before renewing she wants to meet in person at
            the Montreal office to discuss 'the value received for the amounts invoiced'. Mélanie
            Roy, copied, will coordinate the date.""", "inbound"),
        act("a-blt-011", "meeting", "2026-10-15T14:00:00Z", "u-claire", ["c-blt-lemieux", "c-blt-gagnon", "c-blt-roy"],
            "Pre-renewal meeting - Montreal",
            """Met Me Lemieux, Étienne and Mélanie at the Montreal office, in French. Their asks:
            reduce review seats from 60 to 50, keep the 6% case-study discount even though the
            case study was never published, and sign the renewal with the French version governing
            again. Me Lemieux also asked whether we can invoice in CAD. Promised a draft by early
            November."""),
        act("a-blt-012", "email", "2026-11-03T15:00:00Z", "u-claire", ["c-blt-roy", "c-blt-lemieux"],
            "Draft renewal - 50 seats",
            """Mélanie, attached is the draft renewal in French and English: 50 review seats, 15
            Clause AI seats and 25 TB in Canada Central, at $198,000 USD per year for one year, with
            the 6% discount retained. Invoicing in CAD is being reviewed by our finance team and I
            will confirm by November 20.""", "outbound"),
    ],
}

# --------------------------------------------------------------------------
# Account 4: Kessler & Oduya PLLC (small employment boutique, Denver)
# --------------------------------------------------------------------------
kessler = {
    "id": "acc-kessler",
    "name": "Kessler & Oduya PLLC",
    "owner_id": "u-claire",
    "arr": 38500,
    "segment": "smb",
    "industry": "Legal services - law firm",
    "territory": "US West",
    "renewal_date": "2027-04-30",
    "contract_notes": t("""Annual subscription on Lexaura standard terms (online MSA v4.2); no
        negotiated DPA. Current term 2026-05-01 to 2027-04-30; auto-renews for 12 months unless
        either party gives 60 days' notice. 8 review seats, 2 TB hosted, TAR included, Lexaura Hold
        Basic (up to 150 custodians). $38,500 per year, paid annually. Temporary storage block:
        2 TB at $450 per TB per month, March 15 to September 30, 2026, billed monthly."""),
    "contacts": [
        {"id": "c-ko-kessler", "name": "Miriam Kessler", "title": "Founding Partner",
         "email": "miriam@kessleroduya.test", "phone": "+1 303 555 0182",
         "role": "economic_buyer", "preferred_channel": "text", "relationship_strength": 4,
         "notes": "Left Pryor Whitfield in 2019 to found the firm."},
        {"id": "c-ko-oduya", "name": "Chidi Oduya", "title": "Partner",
         "email": "chidi@kessleroduya.test", "phone": "+1 303 555 0129",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 3},
        {"id": "c-ko-pham", "name": "Tran Pham", "title": "Senior Paralegal & Office Manager",
         "email": "tran@kessleroduya.test", "phone": "+1 303 555 0164",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 5},
        {"id": "c-ko-salazar", "name": "Rosa Salazar", "title": "Bookkeeper (Salazar Bookkeeping, outsourced)",
         "email": "rosa@salazarbooks.test",
         "role": "other", "preferred_channel": "email", "relationship_strength": 2,
         "notes": "Pays vendors from ap@kessleroduya.test; invoices must go to that address."},
    ],
    "opportunities": [
        {"id": "o-ko-renewal", "name": "Kessler & Oduya - renewal 2027", "stage": "qualification",
         "amount": 38500, "close_date": "2027-04-30",
         "next_step": "Check in with Miriam once the Ridgeback trial date is confirmed"},
        {"id": "o-ko-clause", "name": "Clause AI starter (3 seats)", "stage": "closed_lost",
         "amount": 9000, "close_date": "2026-06-30",
         "next_step": "Revisit with Chidi in Q1 2027"},
    ],
    "activities": [
        act("a-ko-001", "email", "2026-01-09T16:20:00Z", "u-claire", ["c-ko-pham"],
            "Locked out - need help today",
            """Hi Claire, I reset my password last night and now MFA wants a code from my old phone,
            which I traded in. Support says only our account admin can reset my MFA, and that's
            Miriam, who is in a hearing all week. Ticket LX-44102. We have a deposition on
            Monday.""", "inbound"),
        act("a-ko-002", "call", "2026-01-12T17:00:00Z", "u-claire", ["c-ko-pham", "c-ko-kessler"],
            "MFA reset resolved",
            """Miriam called in from the courthouse hallway and approved the MFA reset verbally;
            support verified her by callback and restored Tran's access at 11:40 a.m. Mountain.
            Tran lost about two working days. Suggested they make Tran a second account admin;
            Miriam agreed."""),
        act("a-ko-003", "call", "2026-02-24T18:30:00Z", "u-claire", ["c-ko-kessler"],
            "Ridgeback collective action - storage",
            """Miriam called about the Ridgeback Foods wage-and-hour collective action: about 2,300
            opt-in plaintiffs, and the defendant's first production pushed their hosted data to
            3.4 TB against the 2 TB in their subscription. She wants a price before anything is
            loaded. Promised a quote this week."""),
        act("a-ko-004", "email", "2026-03-10T15:00:00Z", "u-claire", ["c-ko-kessler", "c-ko-salazar"],
            "Storage quote - Ridgeback",
            """Miriam, as discussed: a temporary 2 TB storage block at $450 per TB per month, from
            March 15 through September 30, 2026, billed monthly. That's $900 a month, with no change
            to the annual subscription. Rosa, invoices will go to the ap@ address as
            usual.""", "outbound"),
        act("a-ko-005", "email", "2026-03-27T16:45:00Z", "u-claire", ["c-ko-salazar"],
            "Card declined - storage invoice",
            """Claire, the card on file was declined for the first storage invoice (INV-KO-26-0031,
            $900) because it expired in February. I'd rather switch to ACH for all Lexaura invoices
            going forward. Bank details attached; please confirm with your billing
            team.""", "inbound"),
        act("a-ko-006", "chat", "2026-04-22T20:10:00Z", "u-claire", ["c-ko-pham"],
            "Setting up TAR on Ridgeback",
            """Tran asked how to set up TAR on about 410,000 documents from the Ridgeback production
            with only two reviewers. Sent the TAR quick-start guide and offered a 30-minute screen
            share; she took it on April 24 and trained the first model on 500 coded
            documents.""", "inbound"),
        act("a-ko-007", "meeting", "2026-05-19T18:00:00Z", "u-claire", ["c-ko-kessler", "c-ko-oduya"],
            "Clause AI starter pitch",
            """Zoom with Miriam and Chidi. Chidi liked Clause AI for reviewing severance and
            non-compete agreements in bulk for employee clients. Miriam said it was a good product
            but not this year: no budget until Ridgeback resolves. The proposal was 3 seats at
            $9,000 a year."""),
        act("a-ko-008", "note", "2026-06-30T22:00:00Z", "u-claire", ["c-ko-oduya"],
            "Clause AI starter - closed lost",
            """Closing the Clause AI starter opportunity as lost on budget. Chidi asked to revisit
            in the first quarter of 2027."""),
        act("a-ko-009", "email", "2026-08-11T14:05:00Z", "u-claire", ["c-ko-pham"],
            "Court deadline - Ridgeback",
            """Claire, Judge Morales ordered us to complete our production of plaintiffs' documents
            by September 30. We have about 60,000 documents still to process. Can we get priority
            processing? Miriam says thank you in advance.""", "inbound"),
        act("a-ko-010", "call", "2026-09-02T16:30:00Z", "u-claire", ["c-ko-pham"],
            "Priority processing done",
            """Tran confirmed the priority processing run finished on August 29, and she expects the
            production to go out well before the deadline."""),
        act("a-ko-011", "email", "2026-09-14T15:10:00Z", "u-claire", ["c-ko-pham"],
            "Ridgeback production out",
            """Claire - the Ridgeback production went out on September 12, more than two weeks
            early. Miriam mentioned it at the partners' meeting this morning. Thank you for pushing
            the processing through.""", "inbound"),
        act("a-ko-012", "email", "2026-10-20T17:20:00Z", "u-claire", ["c-ko-kessler"],
            "Storage through trial?",
            """Claire, the Ridgeback trial is set for February 2027. Can we keep the extra storage
            block until then at the same rate? Short answer please.""", "inbound"),
        act("a-ko-013", "email", "2026-10-20T19:00:00Z", "u-claire", ["c-ko-kessler", "c-ko-salazar"],
            "Re: Storage through trial?",
            """Yes. The 2 TB storage block continues at $450 per TB per month through February 28,
            2027, with the same monthly billing to ap@. Rosa, nothing changes on your
            side.""", "outbound"),
    ],
}

# --------------------------------------------------------------------------
# Distractor 1: Pryor Whitfield LLP (owned by Devon) - Chicago law firm
# --------------------------------------------------------------------------
pryor = {
    "id": "acc-pryor",
    "name": "Pryor Whitfield LLP",
    "owner_id": "u-devon",
    "arr": 910000,
    "segment": "enterprise",
    "industry": "Legal services - law firm",
    "territory": "US Central",
    "renewal_date": "2027-05-31",
    "contract_notes": t("""Three-year MSA effective 2024-06-01. 300 review seats and 260 TB hosted
        at $1,450 per TB per year; Clause AI for 40 seats added in 2025. 8% multi-year discount;
        renewal uplift capped at 5%. DPA with 72-hour breach notification and 45 days' notice of
        new subprocessors."""),
    "contacts": [
        {"id": "c-pw-whitfield", "name": "Colin Whitfield", "title": "Managing Partner",
         "email": "colin.whitfield@pryorwhitfield.test", "phone": "+1 312 555 0203",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3},
        {"id": "c-pw-oyelaran", "name": "Renata Oyelaran", "title": "Director of eDiscovery Services",
         "email": "renata.oyelaran@pryorwhitfield.test", "phone": "+1 312 555 0217",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 4},
        {"id": "c-pw-kwan", "name": "Howard Kwan", "title": "Chief Information Officer",
         "email": "howard.kwan@pryorwhitfield.test", "phone": "+1 312 555 0225",
         "role": "decision_maker", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-pw-marsh", "name": "Elise Marsh", "title": "Procurement Manager",
         "email": "elise.marsh@pryorwhitfield.test", "phone": "+1 312 555 0231",
         "role": "influencer", "preferred_channel": "email", "relationship_strength": 2},
    ],
    "opportunities": [
        {"id": "o-pw-renewal", "name": "Pryor Whitfield - 2027 renewal", "stage": "discovery",
         "amount": 950000, "close_date": "2027-05-31",
         "next_step": "Renewal strategy session with Renata in December"},
    ],
    "activities": [
        act("a-pw-001", "meeting", "2026-01-28T16:00:00Z", "u-devon", ["c-pw-oyelaran", "c-pw-kwan"],
            "Annual review 2025",
            """Annual review with Renata and Howard. 241 TB hosted against 260 TB licensed; TAR 2.0
            used on 14 matters in 2025, up from 9. Howard asked for our product roadmap on
            generative summaries of review sets."""),
        act("a-pw-002", "email", "2026-03-11T15:30:00Z", "u-devon", ["c-pw-oyelaran"],
            "Slow PST ingest",
            """Devon, a 900 GB PST ingest for the Castell Industries matter has been crawling since
            this morning. Ticket LX-45011. Not urgent yet, but we have a meet-and-confer on
            Friday.""", "inbound"),
        act("a-pw-003", "call", "2026-04-29T18:00:00Z", "u-devon", ["c-pw-kwan"],
            "SSO and Microsoft overlap",
            """Howard wants SSO moved to Okta by year end. He also asked how our legal hold module
            compares with Microsoft Purview, which the firm already licenses. Sent a comparison
            sheet the same day."""),
        act("a-pw-004", "meeting", "2026-06-03T17:00:00Z", "u-devon", ["c-pw-oyelaran"],
            "Clause AI usage review",
            """Reviewed Clause AI usage: 31 of 40 seats active. The real estate group extracts
            lease clauses (assignment, co-tenancy, renewal options) and wants a bulk export to
            Excel."""),
        act("a-pw-005", "email", "2026-07-20T14:00:00Z", "u-devon", ["c-pw-marsh"],
            "2027 sourcing plan",
            """Devon, for planning purposes: Pryor Whitfield will run a competitive process for all
            eDiscovery vendors in 2027. Our policy requires an RFP for any contract above $750,000
            a year.""", "inbound"),
        act("a-pw-006", "note", "2026-08-14T21:00:00Z", "u-devon", ["c-pw-oyelaran"],
            "Reference idea",
            """Renata mentioned that a former partner, Miriam Kessler, left in 2019 to start her own
            employment firm in Denver and is also a Lexaura customer. Might be a useful
            reference for small-firm deals."""),
        act("a-pw-007", "email", "2026-09-22T16:10:00Z", "u-devon", ["c-pw-oyelaran"],
            "Legal hold custodian report",
            """Renata, attached is the custodian report you asked for: 3,400 custodians currently on
            hold across 212 matters, with a 96% acknowledgment rate within five business
            days.""", "outbound"),
        act("a-pw-008", "meeting", "2026-10-30T19:00:00Z", "u-devon", ["c-pw-whitfield"],
            "Executive sponsor meeting",
            """Gordon and I met Colin Whitfield. Colin wants a multi-year price lock and a lower
            per-TB rate in exchange for a five-year term. He was complimentary about the review
            team but said Howard will run the technical evaluation."""),
    ],
}

# --------------------------------------------------------------------------
# Distractor 2: Northgate Casualty Insurance Company (owned by Naomi) - Toronto insurer
# --------------------------------------------------------------------------
northgate = {
    "id": "acc-northgate",
    "name": "Northgate Casualty Insurance Company",
    "owner_id": "u-naomi",
    "arr": 295000,
    "segment": "mid_market",
    "industry": "Insurance - property & casualty",
    "territory": "Canada Central",
    "renewal_date": "2027-02-28",
    "contract_notes": t("""Two-year agreement from 2025-03-01. Lexaura Hold for up to 1,200
        custodians, 45 review seats, 30 TB hosted in Canada Central. $295,000 per year in USD.
        French-language hold notice templates for Quebec adjusters included. Guest review seats
        for up to 10 panel counsel firms. Net 45."""),
    "contacts": [
        {"id": "c-ng-armstrong", "name": "Fiona Armstrong", "title": "General Counsel",
         "email": "fiona.armstrong@northgatecasualty.test", "phone": "+1 416 555 0142",
         "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3},
        {"id": "c-ng-desrosiers", "name": "Luc Desrosiers", "title": "Litigation Manager",
         "email": "luc.desrosiers@northgatecasualty.test", "phone": "+1 416 555 0158",
         "role": "champion", "preferred_channel": "chat", "relationship_strength": 4},
        {"id": "c-ng-patel", "name": "Anil Patel", "title": "IT Security Lead",
         "email": "anil.patel@northgatecasualty.test", "phone": "+1 416 555 0166",
         "role": "blocker", "preferred_channel": "email", "relationship_strength": 2},
        {"id": "c-ng-chen", "name": "Grace Chen", "title": "Procurement Specialist",
         "email": "grace.chen@northgatecasualty.test", "phone": "+1 416 555 0171",
         "role": "other", "preferred_channel": "email", "relationship_strength": 2},
    ],
    "opportunities": [
        {"id": "o-ng-renewal", "name": "Northgate - 2027 renewal", "stage": "proposal",
         "amount": 305000, "close_date": "2027-02-28",
         "next_step": "Send renewal quote including the French hold notice pack"},
    ],
    "activities": [
        act("a-ng-001", "meeting", "2026-02-09T15:00:00Z", "u-naomi", ["c-ng-desrosiers", "c-ng-armstrong"],
            "2026 kickoff",
            """Kickoff with Luc and Fiona. Hold acknowledgment rate is 88% within five business
            days; Fiona wants 95% before the next regulatory review. Luc asked for adjuster-level
            reminder reports."""),
        act("a-ng-002", "email", "2026-03-18T13:40:00Z", "u-naomi", ["c-ng-patel"],
            "Third-party risk requirements",
            """Naomi, under OSFI Guideline B-10 we are refreshing third-party risk files. We need
            your SOC 2 report, confirmation of Okta SSO with SCIM, and your subprocessor list with
            data locations.""", "inbound"),
        act("a-ng-003", "call", "2026-05-06T18:30:00Z", "u-naomi", ["c-ng-desrosiers"],
            "Panel counsel access review",
            """Luc's quarterly review found one guest user still active after the lawyer moved to a
            different panel firm. Disabled the same day; no activity in the audit log since the
            move."""),
        act("a-ng-004", "email", "2026-06-25T14:20:00Z", "u-naomi", ["c-ng-desrosiers"],
            "French hold notice templates",
            """Luc, the French-language hold notice templates for the Quebec adjusters are now live
            in your tenant. Translations were reviewed by a certified translator.""", "outbound"),
        act("a-ng-005", "chat", "2026-08-05T19:15:00Z", "u-naomi", ["c-ng-desrosiers"],
            "TAR for subrogation",
            """Luc asked whether TAR makes sense on subrogation files of 20,000 to 40,000 documents.
            Suggested trying it on the next auto subrogation matter."""),
        act("a-ng-006", "email", "2026-09-10T15:00:00Z", "u-naomi", ["c-ng-chen"],
            "Vendor refresh",
            """Naomi, please send an updated certificate of insurance and your current subprocessor
            list by October 15 so we can complete the renewal file.""", "inbound"),
        act("a-ng-007", "note", "2026-10-01T20:00:00Z", "u-naomi", ["c-ng-armstrong"],
            "Purview evaluation",
            """Luc told me IT is evaluating Microsoft Purview for legal holds because Northgate
            already pays for E5. Fiona has not taken a position yet."""),
        act("a-ng-008", "meeting", "2026-11-02T16:00:00Z", "u-naomi", ["c-ng-armstrong", "c-ng-chen"],
            "Renewal discussion",
            """Renewal conversation with Fiona and Grace. They asked for invoicing in CAD and a
            two-year price hold. Quote to follow with the French hold notice pack."""),
    ],
}

ACCOUNTS = [halverson, castellane, bouchard, kessler, pryor, northgate]


# --------------------------------------------------------------------------
# Interviews (Claire's answers, first person)
# --------------------------------------------------------------------------
interviews = {}

interviews["acc-halverson"] = {
    "decision_maker": t("""On paper it's Graham Liddell, the COO. He signs every vendor contract over
        half a million and his name will go on the renewal. But Graham doesn't make the call on us.
        The real decision sits with Hugh Vandermeer, who chairs the litigation department and sits on
        the Executive Committee. If Hugh says the platform is safe for his trial teams, Graham signs;
        if Hugh shrugs, Graham lets Lucia run the RFP and lets price decide. What Hugh personally
        cares about is never being the partner who explains a blown deadline to a judge. He was
        sanctioned over a discovery failure back in 2019 with a different vendor - Abena told me
        that over drinks, so don't ever bring it up - and he has never gotten over it. So the February
        stall on the Meridian Rail matter landed right on his sore spot. Graham cares about something
        completely different: cost recovery. The firm bills hosting back to clients, and clients
        have started pushing back on anything over about $9 per GB per month, so Graham looks at our
        per-TB rate and asks whether the firm is eating the difference. Give Graham a one-pager with
        the numbers; give Hugh confidence."""),
    "champion": t("""Abena Osei, no contest. She runs litigation support and eDiscovery, about forty
        people between Chicago and New York, and she picked us over their old on-prem tool in 2024,
        so her credibility is tied to ours. What I've promised her: a seat on our Customer Advisory
        Board for the spring 2027 session in Austin, which Gordon okayed, and early access to the TAR
        stopping-point reporting product is building, because Patrick burns days writing validation
        memos by hand. What she needs to look good is a number. She reports cost per document
        reviewed to the Executive Committee every year; 2025 came in at $0.97 and she told Graham
        she'd get it under $0.85 in 2026. Clause AI and better TAR are how she plans to get there.
        She's also angling to have her title changed from Director to Chief Litigation Support
        Officer. If the renewal goes smoothly and she can point to savings, I think she gets it, and
        she knows we know that. Treat her as a partner, not a contact: she'll tell you things before
        Lucia or Graham hear them."""),
    "hidden_commitments": t("""There are three things you won't find in the MSA or in the CRM.
        First and biggest: on the February 4 incident bridge, when things were ugly, I told Abena
        that if they renewed we'd host the Toronto office's data in Canada Central at no premium.
        Normally that region carries a 15% uplift. Gordon never approved it in writing; I mentioned
        it to him afterwards and he said 'we'll see'. Abena absolutely remembers it. Second, I told
        her the two M&A associates on the Clause AI pilot can keep their access after the 60 days
        end, free, until the renewal signs, so the pilot doesn't go dark while the RFP drags on.
        Third, I promised them a named support engineer, Marcus Tillery, as their go-to for anything
        urgent. Officially their support tier is pooled, and Marcus does it as a favor to me. If
        Marcus moves teams, they'll notice within a week. I'd sort out the Canada pricing with Gordon
        before you step into any renewal conversation, because Abena will bring it up in front of
        Graham."""),
    "history_sensitivities": t("""The big one is February 3rd and 4th. The OCR worker pool for their
        tenant was left at reduced capacity after the upgrade, and processing sat queued for about
        19 hours right before a court-ordered production in the Meridian Rail matter. Patrick's team
        worked through the night and the production went out on time, but only just. We gave a
        $36,000 credit. Abena accepted it; Hugh didn't - to him, money doesn't fix a near miss. Older
        history: during the 2024 migration off their on-prem tool, Bates numbering got scrambled on
        a 40,000-document set for one client. It took us a week to fix and Abena took the heat for
        it. And the fresh one: in October Simran logged a finding because we added an OCR
        subprocessor in August without the 30-day notice the DPA requires. The remediation is due
        December 15, and as far as I know it's still open. So the sensitive topics are deadlines
        with Hugh, subprocessors and notices with Simran, and never joke about OCR with Abena.
        She'll laugh, but she won't forget."""),
    "pricing_story": t("""They're at $1.24 million a year: $820,000 for the platform and 350 review
        seats, plus $420,000 for a 300 TB hosting commitment at $1,400 per TB. Two things explain the
        shape. The hosting rate is well below our $1,750 list because, when we signed in 2024, they
        committed to 250 TB when they only had about 210 TB hosted. They bet on growth, and
        Meridian made it come true. The seat count was originally 400; in September 2025 Lucia
        pushed to drop to 350 because only about 280 were ever active, and we agreed in Amendment
        No. 2 on condition that the hosting commitment went from 250 to 300 TB. So we traded seats
        for terabytes. On top of that there's a 9% multi-year discount for the three-year term and a
        4% cap on the renewal uplift, which Lucia insisted on. The overage rate of $1,600 per TB is
        the sore point: Graham hates the quarterly overage lines, and the July invoice for 18 TB over
        is still being discussed. My advice is to raise the commitment to 350 TB at renewal and make
        the overage conversation go away."""),
    "unexpected_use": t("""Two things nobody on our product team designed for. The first is the
        legal hold module: Abena's team uses the custodian questionnaire to onboard lateral
        partners. When a partner joins from another firm, they send a Lexaura Hold 'questionnaire'
        asking what client files the lateral is bringing, what is under hold at the old firm, and
        what they've agreed to return. The acknowledgment tracking gives the firm's general counsel
        an audit trail. It works surprisingly well, but it inflates their custodian counts and
        confuses our usage dashboards. The second is in the litigation group: they use the review
        platform's redaction tool to process public-records requests for a municipal client, a
        transit authority - basically FOIA-style work at volume, because the redaction logs satisfy
        the city's auditors. And since the Clause AI pilot started, Abena has been pointing it at
        the outside counsel guidelines the firm gets from its own clients, extracting billing rules
        and staffing limits, which is not what the M&A group scoped it for. If product ever changes
        the questionnaire feature, warn Abena first."""),
    "channels_surprises": t("""Abena lives in Teams chat; if it's urgent, text her cell, she'll answer
        at 11 p.m. Patrick is the same, chat only, and he's the one who actually knows what's going
        on in the tenant day to day. Graham wants email, short, with a one-page attachment, and no
        calls before 10 a.m. Central; he reads everything in the morning and decides in the
        afternoon. Hugh you never email cold. You go through his assistant, Dorothy Kwan, who books
        the time and will tell you honestly what mood he's in. Lucia wants everything through Coupa;
        send her a proposal by email and she'll reply asking you to upload it, and she'll note that
        you didn't follow process. The two people who must never be surprised: Simran, on anything
        touching security, subprocessors or where data lives - written notice, formal, in advance,
        every time; and Hugh, on anything that could affect a court deadline. If there's a planned
        maintenance window during a big production, Hugh should hear it from us through Dorothy
        before he hears it from his own team."""),
    "org_changes": t("""A few things are moving. The biggest is Toronto: the firm is combining with
        a Toronto litigation boutique, Whitby Sandhu, targeted for early 2027, and that's where the
        Canadian hosting question comes from. Whitby Sandhu runs on a competitor's platform today,
        so the combination could pull in either direction. Second, they hired a new CIO in
        September, Raymond Achebe, who came from one of the Big Four and before that ran IT at a
        firm that standardized on Brightline Discovery. He hasn't engaged with us yet; I asked Abena
        twice to get me a meeting and it hasn't happened. Third, Graham Liddell is widely expected
        to retire after this renewal cycle, probably mid-2027, so whoever negotiates this deal may
        not be the person who lives with it. And budget-wise, the Executive Committee moved
        eDiscovery costs to a client-billable model last year, which is why cost recovery matters
        so much to them. If Raymond ends up reporting to Graham's successor with vendor
        consolidation as a mandate, that's our biggest structural risk."""),
    "warning_signs": t("""Abena going quiet is the tell. She normally pings me several times a
        week; in the summer of 2025 she went silent for almost three weeks, and it turned out her
        team was running a side-by-side trial of Brightline's TAR on one matter because a partner
        had asked for it. We only found out when Patrick mentioned it by accident. We kept the
        business, but that was close. The second sign is Lucia asking for seat-level usage reports.
        She asked for them in June 2025, and two months later came the request to cut seats from 400
        to 350. She asked again this October, so expect a seat conversation. The third is the
        security team changing tone: before the 2024 contract, Simran's predecessor suddenly sent a
        300-question questionnaire, and it preceded a formal RFP. Simran's October finding on the
        subprocessor notice feels similar. When those three things line up - Abena quiet, Lucia
        counting seats, security getting formal - a competitive process is coming."""),
    "renewal_risk": t("""If it slips, the stated reason will be process: Lucia's sourcing policy says
        anything over $1 million a year has to go out to RFP unless the Executive Committee grants a
        waiver, and she's planning to issue it in January. That's real, but it's also convenient.
        The real reason, if it happens, will be a combination of Raymond Achebe wanting to bring in
        Brightline, which he knows from his previous firm, and Hugh still not trusting us after
        February. Hugh's support is what gets a waiver; without it the RFP runs, and once it runs
        Raymond gets to shape the requirements. A smaller, quieter factor is the Canada promise: if
        Abena expects free Canadian hosting and our proposal shows a 15% uplift, she'll feel exposed
        in front of Graham and she won't fight for us as hard. My honest read is that the renewal is
        winnable, maybe 70/30, if Hugh gets his written summary and the December 15 subprocessor
        remediation closes on time."""),
}

interviews["acc-castellane"] = {
    "decision_maker": t("""Marguerite Delacroix, the General Counsel, signs the renewal; nothing over
        $250,000 leaves Legal without her signature. But she doesn't form her own view of us. She
        relies on Tobias Abernathy, her deputy for litigation: if Tobias walks into her office and
        says renew, she renews. What Marguerite personally cares about is the regulator. Castellane
        has a market conduct exam coming from the Connecticut Insurance Department, and claims
        handling and record retention are exactly where examiners poke. She wants to be able to show
        a documented, defensible hold process, and our hold reports are a big part of that story.
        She's a former coverage litigator, reads everything on paper, and marks it up in green ink;
        Joan, her assistant, prints it all for her. Tobias cares about the Storm Delphine
        litigation in Florida: plaintiffs are alleging spoliation, and he wants acknowledgment rates
        above 95% so he can put that number in front of a judge. Give Tobias numbers and give
        Marguerite a clean paper trail."""),
    "champion": t("""Linh Nguyen, who manages eDiscovery and legal ops. She ran the 2023 holds RFP
        that we won, and she's been our advocate ever since, including through the February access
        event, when she could easily have thrown us under the bus. What I've promised her: I told
        her multilingual TAR, specifically Spanish, would be available in Q1 2027 for the Puerto
        Rico claims. To be straight with you, product has only said 'first half of 2027, not
        committed', so I got ahead of myself. I also promised to co-author a case study with her on
        the claims-custodian hold program. What she needs to look good: she's submitted a talk to
        CLOC's Global Institute in May 2027 on how an insurer runs holds for thousands of field
        adjusters, and she needs the acknowledgment rate above Tobias's 95% target by then. It was
        91% in April. If the Spanish date slips, tell her early and directly; she'll forgive a delay
        but not being the last to know."""),
    "hidden_commitments": t("""A few. The biggest: on the September SOW call, after Carla had left
        the room, Tobias asked what happens if the adjuster count goes past 2,500 - they've been
        hiring for the Storm Delphine surge - and I told him we'd hold the expansion at $64,000 even
        if it reaches 3,000 custodians. That's not in SOW-CM-07. Second, I promised Linh a free
        on-site training day in Hartford for the field adjusters' supervisors, to push
        acknowledgment rates up. It's worth about $6,500 in services; we haven't scheduled it, and
        she expects it in the first quarter. Third, during the access event remediation I told Sean
        informally that their data would stay in our US-East region only. The DPA just says 'United
        States'. If we ever rebalance storage to US-Central, he'll treat it as a broken promise. And
        then there's the Spanish TAR date I gave Linh, which you'll hear about from her. None of
        these are written down anywhere except here."""),
    "history_sensitivities": t("""February 11, 2026. A permissions template got copied when we set
        up a workspace, and Harrow & Kemp, one of their panel counsel firms, could see the folder
        tree of an unrelated bad-faith matter for about three hours. Fourteen folder names, no
        documents opened - the audit log proves it - but for an insurer with medical records under
        a BAA, that's serious. Linh had to report it to their privacy office. We sent the root cause
        analysis on March 5 and we've been sending quarterly access review reports since. Inside
        Castellane they call it 'the access event'. Never say 'breach' in that building; Sean will
        write it down. Older history: in 2023 our invoices went to the wrong AP address for two
        quarters, Castellane's system flagged us as a late-paying vendor, and Carla had to clean it
        up. She still mentions it. Also sensitive: Dennis Rourke's group thinks they're subsidizing
        Legal, so avoid any talk of charging Claims for more seats in front of him."""),
    "pricing_story": t("""They pay $685,000 a year, quarterly in advance, for holds on up to 2,000
        custodians, 120 review seats and 90 TB hosted. The structure comes from the 2025 renewal:
        they agreed to a two-year term and quarterly-in-advance billing, and in exchange we held the
        price flat at the 2023 level instead of taking the 5% uplift we were entitled to. Net 60
        isn't a concession; it's Castellane policy for every vendor. I fought for Net 30 and lost.
        The odd piece is panel counsel: up to 25 outside firms get guest review seats at no charge.
        That was a 2023 concession to win over Dennis's claims group, because panel firms were
        threatening to keep working in their own platforms. At list, those guest seats would be
        worth about $1,800 a seat per year, and they have 212 guest users now, so it's a very
        generous term. I would not try to claw it back at renewal - that would turn Dennis into an
        open enemy - but I wouldn't extend it either."""),
    "unexpected_use": t("""Two things. First, their compliance team borrowed the hold notification
        engine for annual records-retention attestations. Every January about 6,000 employees get a
        'notice' through Lexaura Hold asking them to confirm they've followed the records retention
        schedule, and the acknowledgment tracking gives compliance the audit trail they show the
        Connecticut examiners. It isn't a legal hold at all, and it doesn't count against the
        custodian license because we never designed the license to see it - don't raise that with
        Carla. Second, the special investigations unit uses the review platform for fraud-ring
        investigations. They load claimant emails and body-shop invoices, then use the
        communication-network view we built for email threading to map who's talking to whom across
        suspicious claims. Sean's team was nervous about SIU data sitting next to legal matters,
        which is why SIU has its own workspace with separate permissions. It's a great story for
        marketing, but SIU won't allow its name to be used."""),
    "channels_surprises": t("""Marguerite: formal email or a memo, addressed through Joan Pelletier,
        her executive assistant, who prints things for her. Don't call Marguerite directly unless
        she has called you first. Tobias: phone, his cell, after 4 p.m. Eastern when court is done;
        he hates long emails. Linh: Teams chat all day, text for anything urgent. Dennis: in person
        only. He ignores email and walks out of video calls; if you need him, go to Hartford and
        catch him after a QBR. Carla: everything through the Ariba event, no side emails about
        commercial terms, because she's audited. Sean: email, formal, with documentation attached.
        The ones who must never be surprised are Sean, on anything security related - a change in
        data location, a new subprocessor, an incident of any size - and Marguerite, on anything that
        could end up in front of the Connecticut Insurance Department. If something happens that
        Linh has to report internally, Marguerite should hear it from Tobias before she reads it in
        a privacy office memo."""),
    "org_changes": t("""Three things. First, Project Keel: announced at the October town hall, an 8%
        cut to operating expenses in corporate functions for 2027, and every vendor renewal over
        $250,000 gets a second review by a finance business partner. We're well over that line, so
        expect a finance person to appear late in the process. Second, the claims organization is
        lobbying to move Dennis Rourke's claims litigation group out of Legal and into Claims
        Operations in 2027. If that happens, the review seats his people use move to a different
        budget, and he has already told me he'd rather have his panel firms use their own tools.
        Third, people: Tobias is a candidate for the GC job at another carrier. He told me himself,
        in confidence, in September, so keep that close. If he leaves, Marguerite loses the person
        she trusts on vendor decisions and we lose our decision maker. And IT is standardizing
        identity on Okta, which is where Sean's SCIM deadline comes from."""),
    "warning_signs": t("""When Carla starts asking for vendor documentation outside the normal
        cycle - W-9, certificate of insurance, financials - a sourcing event usually follows. That
        happened in early 2023, and three months later they issued the holds RFP that we won. She
        asked again in August, though that was tied to the SOW, so it may be innocent. Second,
        Dennis skipping or walking out of meetings. He skipped both QBRs in the second half of 2024
        and then demanded that the panel counsel terms be reopened; this year he left the April QBR
        after 20 minutes. Third, and the one I trust most: Linh switching from Teams to formal email
        with Tobias copied. She did that the day of the February access event, and she did it once
        before, in 2024, right before they escalated a slow processing complaint to Marguerite. When
        Linh starts copying her boss, something is about to go up the chain."""),
    "renewal_risk": t("""The stated reason will be money or identity. Either Project Keel - 'finance
        asked us to cut 8%' - or Sean's SSO requirement: if we can't show Okta SSO with SCIM
        provisioning by March 31, 2027, he has a clean, documented reason to block the renewal. The
        real reason would be Microsoft. Castellane already pays for Microsoft 365 E5, and Sean's team
        wants to move legal holds into Purview so there's one less vendor holding claims data. The
        February access event gives them the argument that we're a risk. Purview can't match our
        hold reporting for the regulator, which is why Marguerite and Tobias still back us. So the
        real risk is personal: if Tobias takes the GC job elsewhere before June, Sean's argument
        meets nobody who'll push back. Keep Linh armed with acknowledgment numbers and make sure
        Marguerite sees them."""),
}

interviews["acc-bouchard"] = {
    "decision_maker": t("""Me Sophie Lemieux, the managing partner, signs - and you call her Me
        Lemieux, not Sophie, at least until she tells you otherwise. She decides on price, but on
        whether the tool actually works for litigation she defers to Isabelle Fortin, who runs the
        class actions group and is the firm's biggest biller. Isabelle is the quiet decision maker
        here: the Dionne surge proved to the partners that our platform can carry a real matter, and
        if Isabelle says she needs us, Sophie won't cut us. What Sophie personally cares about is
        French. She's strict about the Charter of the French language and Bill 96, she reads the
        French version of every contract, and she takes English-only screens or documents as a sign
        that we don't respect the firm. She also cares about value for money right now, because the
        firm had a flat year and partner distributions went down, so every vendor invoice is being
        looked at. Étienne influences both of them, but he doesn't decide."""),
    "champion": t("""Étienne Gagnon, who runs practice support and innovation. He brought us in
        over the objections of IT, and he personally sold Clause AI to the partners, so he's
        exposed if it doesn't get used. Usage is his problem: only 6 of the 15 Clause AI seats were
        active in December, mostly because the French civil law labels are poor - hypothecs and
        penalty clauses get mislabeled. What I've promised him: I told him a French-language Clause
        AI model trained on Quebec civil law was 'on the roadmap for 2027'. Product has only said
        they're exploring it. I also promised him that the case study would still happen when the
        firm is ready. What he needs to look good is a usage number and a story for the partners'
        retreat in February, where he presents the innovation budget. If you can get even two
        litigation partners using Clause AI on the Dionne documents, he'll have his story. He texts
        rather than emails, and he's honest to a fault about what the partners are saying."""),
    "hidden_commitments": t("""The big one is the 6% discount. It was given in 2025 in exchange for
        a published joint case study, and the case study never happened because Me Lemieux wouldn't
        approve the firm's name going on anything marketing-related. Technically we could remove
        the discount at renewal. I told Étienne on a call last spring that we wouldn't claw it back,
        and I kept it in the November draft. Gordon knows, but nothing in the contract says the
        discount survives without the case study. Second, French support: the contract promises
        French-language support during business hours, and in practice that means one bilingual
        agent, Chantal Dubé in our Ottawa office. I told Étienne he could call Chantal directly when
        she's on shift. If Chantal is on vacation, they get English. Third, I told Daniel we'd have
        a third party review our Law 25 privacy impact assessment answers before the renewal. It
        hasn't been commissioned. Check with Priya whether there's budget for it."""),
    "history_sensitivities": t("""The one they'll never forget is from onboarding in February 2025:
        our default legal hold notices went out in English only to custodians in the Quebec City
        office. A staff member complained to the Office québécois de la langue française. The
        complaint was dropped once the firm showed it was a vendor configuration error, but Me
        Lemieux had to sign the response herself. Since then, anything that reaches her goes out in
        French first. The second one is this year's surge invoice: it went out in US dollars when
        their PO was in Canadian dollars, their system rejected it, and Mélanie had to explain the
        rejection to the finance committee. She felt it made her look careless. It was reissued and
        paid in July, but tread carefully on anything billing-related with her. And the French
        interface bugs - Étienne's list of 17 - are a running irritation. Five were fixed in
        September; the other twelve are still open, and Daniel keeps count."""),
    "pricing_story": t("""They pay $212,000 US a year for 60 review seats, 15 Clause AI seats and
        25 TB hosted. Two pieces shape it. First, Canadian hosting: residency in Canada Central with
        backups in Canada East carries a 12% premium, and they accepted it without a fight because
        of Law 25 - keeping data in Canada wasn't negotiable for them. Second, the 6% discount, tied
        to a case study that was never published. It's priced in US dollars because, when we signed
        in January 2025, our Canadian billing entity wasn't set up to invoice in CAD; that's still
        being sorted out, and Me Lemieux asked about it again in October. It's a two-year term. They
        wanted three years for price protection, but we couldn't commit the Canada Central capacity
        at the time. Now they want to drop to 50 seats, which is where the $198,000 in the draft
        comes from. Honestly, 50 seats is closer to their real use outside of surge periods."""),
    "unexpected_use": t("""Étienne's team found something we never thought of: they use Clause AI
        to check bilingual contracts. A lot of their clients sign contracts in both French and
        English, so they run both versions through extraction and compare the clause results side
        by side to catch places where the translation drifted - a 30-day notice period in the
        English and 60 days in the French, that kind of thing. It's the one use of Clause AI the
        partners actually love, and it works because it doesn't need the civil law labels to be
        perfect. Second, they use the legal hold module to manage closed-file retention under the
        Barreau du Québec's rules: when a file closes, its custodians go on a 'retention hold' with a
        destruction date seven years out, and the reminders tell them when files can be destroyed.
        Daniel thinks that's a misuse and wants it moved to their records system. Don't take sides
        on that one."""),
    "channels_surprises": t("""Me Lemieux: formal email, in French, always. Any English attachment
        needs a French version or at least a French summary. Never surprise her on price or on
        language; if the renewal number moves, she needs to hear it before it appears in a document.
        Étienne: text messages, and he'll call back the same day. Isabelle Fortin: through her legal
        assistant, Nathalie Béland; Isabelle doesn't answer vendor email herself. Daniel Okafor:
        through their vendor ticket portal, nothing else. If you email him, he'll answer 'please
        open a ticket' and nothing more. Mélanie Roy: email, in either language, but invoices must
        show the CAD equivalent and their GST and QST numbers, and she wants any billing change
        explained before the invoice goes out. Mélanie is the second person who must never be
        surprised; since the June invoice she's on guard. She works out of the Quebec City office,
        so don't expect to catch her in Montreal."""),
    "org_changes": t("""Three things could change this account. The big one: the firm is in merger
        talks with Carr Lindqvist, a Toronto firm of about 120 lawyers. If it happens, the combined
        firm will have to pick one eDiscovery platform, and Carr Lindqvist is on a competitor, Juris
        Nexus. Étienne thinks the talks will be decided by spring; nobody has told me more than
        that. Second, Me Lemieux's term as managing partner ends in June 2027, and Isabelle Fortin is
        the most likely successor. That's mostly good for us, because Isabelle is the one who
        depends on the platform, but it means the next renewal may be signed by someone with
        different priorities. Third, money: partner distributions were down after a flat 2025, and
        the firm has frozen new technology spending, renewals excepted, until the merger question is
        settled. That freeze is why the Clause AI expansion we discussed last year went nowhere."""),
    "warning_signs": t("""Mélanie asking for line-by-line invoice breakdowns is the first sign of a
        cost cut. She did it in August this year, asking for per-seat and per-TB breakdowns of the
        annual invoice, and in October the request to go from 60 to 50 seats arrived. Second, Daniel
        opening a burst of tickets. When he's building a case against a vendor, he documents
        everything; in August 2025 he opened eleven tickets in two weeks, and that preceded IT's
        formal objection to expanding Clause AI. Third, Étienne missing our monthly check-in. He
        skipped two in a row in the summer of 2025, and it turned out the partners had frozen the
        Clause AI expansion and he didn't want to tell me. If he goes quiet now, I'd assume the
        merger talks are going badly for us. The fourth is subtler: when Me Lemieux starts writing
        to us in English, she's being cold. She did that once, after the OQLF complaint."""),
    "renewal_risk": t("""The stated reason will be budget: the flat year, the technology freeze,
        and 'we're only really using 50 seats'. That's true as far as it goes, and I think we can
        live with 50 seats at $198,000. The real reason, if it slips or goes away, will be the Carr
        Lindqvist merger. If the merger is announced, the combined firm will want one platform, and
        nobody wants to renew with us for a year and migrate six months later. Underneath sits Me
        Lemieux's personal irritation with our French - the OQLF complaint, the English error
        messages, the untranslated redaction panel. She will never say 'your French is bad' in a
        meeting; she'll say 'value for money'. What saves us is Isabelle and the Dionne matter: the
        class action runs well into 2027, and nobody moves a live 1.6-million-document review in the
        middle of certification. Push for a renewal that covers at least the life of Dionne."""),
}

interviews["acc-kessler"] = {
    "decision_maker": t("""Miriam Kessler, full stop. She founded the firm, she signs anything over
        about $5,000, and Chidi defers to her on money even though he's a full partner. She was a
        litigation partner at Pryor Whitfield in Chicago before she moved to Denver and started this
        firm in 2019, so she used our platform there and knows what big-firm eDiscovery looks like;
        don't oversell, she'll know. What she cares about is predictability. A fourteen-lawyer,
        plaintiff-side employment firm lives on contingency fees, so cash flow is lumpy and a
        surprise invoice in a bad month genuinely hurts. She'll happily pay a known number; she'll
        fight an unknown one on principle. The second thing she cares about is not being the
        bottleneck: she hated that Tran got locked out in January because only Miriam could approve
        the reset. Short texts work best with her. If you need a decision, ask a yes-or-no
        question."""),
    "champion": t("""Tran Pham. She's the senior paralegal and effectively the office manager, and
        she runs the platform day to day. She set up TAR on the Ridgeback documents herself after a
        thirty-minute screen share with me, which tells you how sharp she is. What I promised her: a
        free seat in our Lexaura Certified Reviewer course next spring. It's normally $1,200; I got
        Gordon to approve it as a customer-success expense, but it isn't booked yet, so you'll need
        to enroll her once the spring dates are out. What she needs to look good: Miriam has been
        paying contract reviewers on big matters, and Tran wants to show that she and one other
        paralegal, with TAR, can handle a case like Ridgeback without them. The September production
        going out early was a big win for her - Miriam mentioned it at the partners' meeting. If the
        platform makes Tran look good in front of Miriam, this account takes care of itself."""),
    "hidden_commitments": t("""Two verbal ones, both to the partners. I told Miriam on the February
        storage call that we'd keep the $38,500 subscription flat for the 2027 renewal, no uplift,
        as long as they stay on the same seats. Our standard terms allow a 7% increase, so billing
        will apply it automatically unless someone overrides it. Make sure it's overridden, because
        Miriam will notice immediately and she'll take it as a broken promise. Second, I told Chidi
        in May, after the Clause AI pitch fell through, that he could have a 30-day free trial of
        Clause AI whenever he wants, for up to three users, no paperwork. He hasn't taken it up. He
        might, right after Ridgeback, when he has time to look at his severance-agreement idea
        again. Neither of these is written down anywhere. Gordon knows about the price freeze; I
        don't think he knows about the Clause AI trial, but it's small."""),
    "history_sensitivities": t("""Three sore spots. The oldest is the November 2025 overage: they
        went over their storage on a previous matter without realizing it, and we sent a surprise
        bill for $3,100. Miriam was furious, mostly about not being warned. I got half of it
        credited, $1,550, and promised we'd always quote storage before anything gets loaded, which
        is why she asked for a price before a single Ridgeback document went in. Then January: Tran
        got locked out after an MFA reset, and only Miriam, the sole account admin, could approve it
        while she was in a hearing. Tran lost about two days before a deposition. We fixed it by
        making Tran a second admin. Third, smaller: in March the card on file had expired and a
        storage invoice was declined, and Rosa, their bookkeeper, took our follow-up as us chasing
        her. They pay by ACH now. So the sensitive topics are surprise charges, access, and anything
        that sounds like a collections call."""),
    "pricing_story": t("""They're at $38,500 a year, which is high for a firm their size, and
        there's a reason. They started in 2024 on the self-serve plan at about $29,000, which doesn't
        include TAR. In 2025 they had a collective action with several hundred thousand documents
        and needed TAR, which means the rep-managed plan, so they moved to eight review seats, 2 TB,
        TAR and the basic hold module. There's no discount in there; the only money we've ever given
        back is the $1,550 overage credit. On top of the subscription there's the Ridgeback storage
        block: 2 TB at $450 a TB a month, so $900 a month, and I extended it at the same rate through
        February. Honestly, eight seats is more than they use outside big cases; usually four or five
        are active. If Ridgeback settles, expect them to ask to drop seats, and I'd let them go to
        six rather than push them back to self-serve."""),
    "unexpected_use": t("""Two things I've never seen at another customer. First, Tran builds
        deposition binders in the review platform. She tags documents by witness and issue, then
        uses the production export to generate a chronological PDF timeline for each deponent, and
        the attorneys take those into depositions instead of paper binders. It's clever, but it
        means a lot of their 'productions' in our logs are internal, which throws off any usage
        stats. Second, Chidi uses the legal hold module backwards. Instead of sending hold notices
        to their own custodians, he sends preservation demand letters to opposing employers - the HR
        director at the defendant, for example - through Lexaura Hold, and uses the acknowledgment
        tracking as evidence that the other side was on notice. He told me a judge once accepted the
        acknowledgment log as proof of notice in a spoliation argument. I'm not sure our own legal
        team would love that, so don't advertise it."""),
    "channels_surprises": t("""Miriam: text her cell. Short, one question per message, yes-or-no if
        you can. She'll reply from court between sessions, and she'll ignore a long email for a
        week. Chidi: email; he reads on weekends and answers in long paragraphs. Tran: the in-app
        chat or a text; she's the fastest responder in the firm. Rosa Salazar, their outsourced
        bookkeeper: email only, and invoices go to the ap@ address at the firm, never to Rosa
        directly or to Miriam. Rosa works for several small firms and batches payments twice a
        month. The one person who must never be surprised is Miriam, and specifically on billing.
        Anything that changes what they pay - an uplift, a storage charge, a new line item - she has
        to hear from you first, by text, before the invoice exists. After the 2025 overage, that's
        the one rule that matters with this account."""),
    "org_changes": t("""It's a small firm, so small changes are big. Chidi Oduya is the one to
        watch: he's talked more than once about starting his own practice focused on executive
        compensation disputes, and if he leaves, the firm loses a third of its revenue and Clause AI
        loses its only fan. I don't think anything happens before Ridgeback is resolved. Second,
        Miriam has mentioned 'slowing down' in a couple of years, and she's been handing Chidi more
        of the administrative work. Third, the firm plans to hire three associates in 2027 if
        Ridgeback goes well, which would mean more seats, not fewer. And on the finance side,
        they're thinking about replacing Rosa's outsourced bookkeeping with an in-house finance
        person; if that happens, expect the payment process to change again. None of this is
        announced. I know it from Tran and from chatting with Miriam."""),
    "warning_signs": t("""The tell with Miriam is when she asks what it would cost to leave. In
        October 2025 she asked me, out of the blue, how much it would cost to export everything and
        close the account. Two weeks later the overage bill landed and it turned into a fight; I
        think she was already irritated about costs and looking at options. Second, Tran going quiet
        in the chat. She normally asks me something every week or two; when she went silent for a
        month in late 2025, it was because Miriam had told her to try a cheaper tool on a small
        matter. Nothing came of it, but it was a test. Third, late payment. They've never been more
        than a few days late, except when cash is tight after a case loss, and that's exactly when
        the cost questions start."""),
    "renewal_risk": t("""If it slips, the stated reason will be cost: 'we're a small firm, this is
        a lot of money for eight seats'. The real reason will depend on Ridgeback. If the case
        settles early, they'll have no large matter in 2027 and Miriam will want to drop to the
        self-serve plan or a cheaper competitor, because she only pays for big-case tools when
        there's a big case. If it goes to trial in February, they'll need us through the trial and
        the renewal is easy. The other real risk is Chidi: if he leaves to start his own practice,
        the firm shrinks and Miriam reconsiders everything. One thing to keep in mind: the
        subscription auto-renews unless they give 60 days' notice, so the real deadline is around
        March 1, 2027. If you haven't heard from Miriam by mid-February, text her."""),
}


# --------------------------------------------------------------------------
# Successor questions (Julian's voice)
# --------------------------------------------------------------------------
def I(qid):
    return {"kind": "interview", "question_id": qid}


def R(kind, id_):
    return {"kind": kind, "id": id_}


def A(acc, question, gold, must):
    return {"account_id": acc, "question": question, "expect": "answer",
            "gold_sources": gold, "must_mention": must}


def X(acc, question):
    return {"account_id": acc, "question": question, "expect": "abstain",
            "gold_sources": [], "must_mention": []}


HP, CM, BL, KO = "acc-halverson", "acc-castellane", "acc-bouchard", "acc-kessler"

questions_raw = [
    # ---------------- Halverson Pryce ----------------
    A(HP, "Before I meet Liddell at Halverson next week, could you tell me whether he is genuinely "
          "the person who decides on the renewal, or whether someone else in the firm effectively "
          "makes that call for him?",
      [I("decision_maker"), I("renewal_risk")], ["Vandermeer"]),
    A(HP, "what's Graham's hang-up with our per-TB rate?",
      [I("decision_maker"), I("org_changes")], ["cost recovery"]),
    A(HP, "Did anyone on our side comp the Halverson people on Canadian hosting for the new Toronto "
          "office, in a way that never made it into the MSA?",
      [I("hidden_commitments"), I("renewal_risk")], ["no premium"]),
    A(HP, "Is Marcus Tillery formally Halverson's assigned support engineer, or is that an informal "
          "arrangement I would need to protect?",
      [I("hidden_commitments")], ["pooled"]),
    A(HP, "Abena Osei's phone number, please.",
      [R("contact", "c-hp-osei")], ["555 0172"]),
    A(HP, "Could you remind me of the credit memo number for the February processing credit at "
          "Halverson, and which invoice it was applied against?",
      [R("activity", "a-hp-004")], ["CM-2026-0091", "April"]),
    A(HP, "how long were the meridian rail jobs actually stuck in feb, and what was the root cause",
      [R("activity", "a-hp-003"), I("history_sensitivities")], ["19 hours"]),
    A(HP, "What cost-per-doc figure has Abena committed to in front of the EC for this year?",
      [I("champion")], ["$0.85"]),
    A(HP, "Is there some back-story to why Vandermeer is so twitchy about court deadlines? I would "
          "rather not step on a landmine in my first conversation with him.",
      [I("decision_maker")], ["sanctioned"]),
    A(HP, "Do they use the hold product for anything that isn't litigation at all? I vaguely "
          "recall something about laterals.",
      [I("unexpected_use")], ["lateral partners"]),
    A(HP, "At Halverson, who must I never blindside, and on what subjects?",
      [I("channels_surprises")], ["Simran", "Hugh"]),
    A(HP, "Where does the Clause AI pilot opp at Halverson stand - stage, value and the next step?",
      [R("opportunity", "o-hp-clauseai"), R("activity", "a-hp-011")], ["November 19"]),
    A(HP, "When is Lucia planning to issue the RFP, and is there any mechanism by which the firm "
          "could avoid running one at all?",
      [R("activity", "a-hp-010"), I("renewal_risk")], ["January", "waiver"]),
    A(HP, "Why did the Pryce folks go from 400 seats down to 350, and what did we extract in return?",
      [I("pricing_story"), I("warning_signs"), R("account", HP)], ["250 to 300 TB"]),
    A(HP, "who's the new CIO over at Halverson and is he friend or foe",
      [I("org_changes"), I("renewal_risk")], ["Raymond Achebe", "Brightline"]),
    A(HP, "Has Simran's subprocessor finding from the October vendor risk review been closed out, "
          "and when was the remediation due?",
      [R("activity", "a-hp-012"), I("history_sensitivities"), I("renewal_risk")], ["December 15"]),
    A(HP, "What did the Q2 hosting overage invoice come to, and by how many TB were they over the "
          "commitment?",
      [R("activity", "a-hp-009"), I("pricing_story")], ["$7,200", "18 TB"]),
    A(HP, "Abena mentioned Toronto back in April. Is that a merger, and do we know the name of the "
          "firm Halverson is combining with?",
      [R("activity", "a-hp-006"), I("org_changes")], ["Whitby Sandhu"]),
    A(HP, "Apart from the February bridge, has anything else gone badly wrong with Halverson over "
          "the years, for instance during onboarding?",
      [I("history_sensitivities")], ["Bates"]),
    A(HP, "what tipped us off the last time they were flirting with a competitors TAR?",
      [I("warning_signs")], ["quiet", "Brightline"]),
    X(HP, "What recall estimate did Patrick's elusion sample on the Meridian review ultimately "
          "produce?"),
    X(HP, "How did the November 19 Clause AI readout with the M&A group go - did they clear the 90% "
          "precision bar on change of control?"),
    X(HP, "What was Simran Kaur's reaction to the pen test executive summary?"),

    # ---------------- Castellane Mutual ----------------
    A(CM, "Before I meet the GC at Castellane in the new year, could you tell me whether Ms. "
          "Delacroix forms her own view of us or leans on someone, and what she personally worries "
          "about?",
      [I("decision_maker")], ["Tobias", "regulator"]),
    A(CM, "What ack rate is Tobias holding them to on holds, and where were they at the Q1 QBR?",
      [R("activity", "a-cm-005"), R("activity", "a-cm-001"), I("decision_maker"), I("champion")],
      ["95%", "91%"]),
    A(CM, "did we tell Linh spanish TAR would ship in Q1? what has product actually committed to",
      [I("champion")], ["first half of 2027"]),
    A(CM, "Any side deal on the adjuster expansion if their headcount blows past 2,500?",
      [I("hidden_commitments")], ["3,000"]),
    A(CM, "What's Tobias Abernathy's cell number?",
      [R("contact", "c-cm-abernathy")], ["555 0188"]),
    A(CM, "Which Ariba event reference did Carla want the W-9 and the COI filed under?",
      [R("activity", "a-cm-009"), R("activity", "a-cm-013")], ["CM-SRC-2026-118"]),
    A(CM, "In the February Harrow & Kemp episode, how much could the panel firm actually see, and "
          "did they open anything?",
      [R("activity", "a-cm-003"), I("history_sensitivities")], ["folder names", "no documents"]),
    A(CM, "Is there any vocabulary I ought to steer clear of when the February incident comes up in "
          "Hartford?",
      [I("history_sensitivities")], ["breach"]),
    A(CM, "Why on earth do Castellane's outside panel firms get guest seats for free?",
      [I("pricing_story"), R("account", CM)], ["Dennis"]),
    A(CM, "what is their compliance team doing with hold notices every january??",
      [I("unexpected_use")], ["attestation"]),
    A(CM, "Which Castellane stakeholder do I have to see face to face because he simply won't "
          "engage over email?",
      [I("channels_surprises"), R("contact", "c-cm-rourke")], ["Dennis"]),
    A(CM, "What's Sean's SSO deadline, and which IdP does he want us on?",
      [R("activity", "a-cm-011"), I("renewal_risk"), I("org_changes")], ["March 31, 2027", "Okta"]),
    A(CM, "whats project keel and does it touch our renewal",
      [R("activity", "a-cm-012"), I("org_changes"), I("renewal_risk")], ["8%", "250,000"]),
    A(CM, "Is anything going on with Tobias's own career that could upend the Castellane renewal?",
      [I("org_changes"), I("renewal_risk")], ["GC job"]),
    A(CM, "Carla redlined the hold expansion SOW to Net 60. Was that a concession from us, or simply "
          "Castellane's standard?",
      [I("pricing_story"), R("activity", "a-cm-010"), R("account", CM)], ["policy"]),
    X(CM, "What date did Joan Pelletier put the EBR with Delacroix on the calendar for?"),
    X(CM, "Did Castellane's privacy office end up notifying the Connecticut Insurance Department "
          "about the Harrow & Kemp access event?"),
    X(CM, "Does Castellane run any of its reinsurance arbitration work through our platform?"),

    # ---------------- Bouchard Lemieux Tremblay ----------------
    A(BL, "Before I see Me Lemieux, is there a partner at Bouchard whose opinion on whether the "
          "platform actually works carries more weight than hers?",
      [I("decision_maker"), I("renewal_risk")], ["Isabelle Fortin"]),
    A(BL, "what's the PO # on the surge seats for the Dionne matter?",
      [R("activity", "a-blt-005"), R("activity", "a-blt-007")], ["BLT-PO-3381"]),
    A(BL, "Why is BLT invoiced in US dollars when they're a Montreal firm?",
      [I("pricing_story")], ["billing entity"]),
    A(BL, "Is the 6% case-study discount safe to remove at renewal, or did someone already promise "
          "them we'd keep it?",
      [I("hidden_commitments"), R("activity", "a-blt-012")], ["claw it back"]),
    A(BL, "Who's the French-speaking support person Bouchard leans on?",
      [I("hidden_commitments")], ["Chantal"]),
    A(BL, "Under which reference did we upload the Law 25 PIA answers, and what did we tell Daniel "
          "about where the backups live?",
      [R("activity", "a-blt-003")], ["PIA-BLT-2026-02", "Canada East"]),
    A(BL, "I've heard there was a language complaint at Bouchard at some point. What happened, and "
          "why does it still matter?",
      [I("history_sensitivities"), I("warning_signs")], ["English only"]),
    A(BL, "whats the clever bilingual trick they use clause ai for",
      [I("unexpected_use")], ["translation"]),
    A(BL, "How do I reach Daniel Okafor - will an email do?",
      [I("channels_surprises"), R("activity", "a-blt-002"), R("contact", "c-blt-okafor")],
      ["ticket portal"]),
    A(BL, "Which Toronto firm is Bouchard in merger talks with, and what eDisc platform are they on?",
      [I("org_changes"), I("renewal_risk")], ["Carr Lindqvist", "Juris Nexus"]),
    A(BL, "How many French UI defects did Étienne log over the summer, and how many are still open?",
      [R("activity", "a-blt-009"), I("history_sensitivities")], ["17", "twelve"]),
    A(BL, "When does Sophie's term as MP end, and who's likely to take over from her?",
      [I("org_changes")], ["June 2027", "Isabelle"]),
    A(BL, "What figure and seat count did we put in the November draft renewal for BLT?",
      [R("activity", "a-blt-012"), R("opportunity", "o-blt-renewal"), I("pricing_story")],
      ["198,000", "50"]),
    A(BL, "Is there a notice window in the Bouchard contract for cutting seats at renewal?",
      [R("account", BL)], ["60 days"]),
    X(BL, "What did the reissued surge invoice come to in Canadian dollars?"),
    X(BL, "What did Isabelle Fortin make of Clause AI mislabeling the hypothecs and penalty clauses?"),
    X(BL, "Has Bouchard asked about hosting any matters in an EU region for their Paris clients?"),

    # ---------------- Kessler & Oduya ----------------
    A(KO, "kessler & oduya - who signs?",
      [I("decision_maker"), R("contact", "c-ko-kessler")], ["Miriam"]),
    A(KO, "What is the connection between Miriam Kessler and Pryor Whitfield? I gather she knew our "
          "platform before she founded her own firm.",
      [I("decision_maker"), R("contact", "c-ko-kessler")], ["2019"]),
    A(KO, "Did anyone promise Kessler we'd hold the price flat next year? Billing tends to bump small "
          "accounts automatically, and I'd hate to be caught out.",
      [I("hidden_commitments")], ["no uplift", "7%"]),
    A(KO, "whats the ticket # from Tran's MFA lockout in jan",
      [R("activity", "a-ko-001")], ["LX-44102"]),
    A(KO, "How much was the surprise overage bill in 2025, and how much of it did we credit back?",
      [I("history_sensitivities"), I("pricing_story")], ["$3,100", "$1,550"]),
    A(KO, "What rate are we charging for the extra Ridgeback storage, and through what date?",
      [R("activity", "a-ko-013"), R("activity", "a-ko-004"), I("pricing_story"), R("account", KO)],
      ["$450", "February 28, 2027"]),
    A(KO, "Where should Kessler invoices be sent - straight to Miriam?",
      [I("channels_surprises"), R("contact", "c-ko-salazar"), R("activity", "a-ko-004"),
       R("activity", "a-ko-013")], ["ap@"]),
    A(KO, "Is it true one of their partners sends hold notices to the opposing side? How does that "
          "even work?",
      [I("unexpected_use")], ["preservation demand"]),
    A(KO, "What production deadline did Judge Morales set on Ridgeback, and when did the production "
          "actually go out the door?",
      [R("activity", "a-ko-009"), R("activity", "a-ko-011")], ["September 30", "September 12"]),
    A(KO, "Was some freebie promised to their paralegal around training or certification?",
      [I("champion")], ["Certified Reviewer"]),
    A(KO, "By when would Kessler have to tell us if they don't want to auto-renew?",
      [R("account", KO), I("renewal_risk")], ["60 days"]),
    A(KO, "what did the clause ai starter deal look like and why'd it die",
      [R("opportunity", "o-ko-clause"), R("activity", "a-ko-007"), R("activity", "a-ko-008")],
      ["budget", "$9,000"]),
    X(KO, "Which cheaper tool did Miriam have Tran trial on that small matter in late 2025?"),
    X(KO, "What's Rosa Salazar's phone number?"),
    X(KO, "Which court reporting service does Kessler & Oduya use for its depositions?"),
]

# Interleave accounts and expectations so that ids do not follow account order.
order = list(range(len(questions_raw)))
random.Random(20261106).shuffle(order)
questions = []
for n, i in enumerate(order, start=1):
    q = {"id": "q-%03d" % n}
    q.update(questions_raw[i])
    questions.append(q)

bundle = {"format": "baton-bundle/v1", "users": users, "accounts": ACCOUNTS}
evalset = {
    "format": "baton-eval/v1",
    "bundle": "bundle.json",
    "departing_user_id": "u-claire",
    "successor_user_id": "u-julian",
    "manager_user_id": "u-gordon",
    "interviews": interviews,
    "questions": questions,
}

with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
    json.dump(bundle, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
    json.dump(evalset, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote bundle.json and eval.json: %d questions" % len(questions))
