#!/usr/bin/env python3
"""Generate bundle.json and eval.json for the construction-equipment rental evaluation set.

Vendor: YardLine, a fleet-and-yard management platform (Track telematics pucks,
Book counter/booking screens, Billback damage and fuel billing, Walkaround app)
sold to equipment rental companies in the US Midwest and Texas.

Python 3.11 standard library only. Writes next to this file.
"""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def flat(s):
    """Collapse whitespace: used for interview answers spoken as one run-on paragraph."""
    return " ".join(s.split())


def block(s):
    """Keep line structure (emails, notes), drop common indentation."""
    return textwrap.dedent(s).strip("\n")


def contact(cid, name, title, email, phone, role, channel, strength, notes):
    return {"id": cid, "name": name, "title": title, "email": email, "phone": phone,
            "role": role, "preferred_channel": channel,
            "relationship_strength": strength, "notes": notes}


def opp(oid, name, stage, amount, close_date, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close_date, "next_step": next_step}


def act(aid, kind, at, contact_ids, subject, body, author="u-dale", direction=None):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contact_ids, "subject": subject, "body": block(body)}
    if direction:
        a["direction"] = direction
    return a


USERS = [
    {"id": "u-dale", "name": "Dale Haugen", "email": "dale.haugen@yardline.test",
     "role": "rep", "manager_id": "u-renee", "team": "Heartland Rental Accounts"},
    {"id": "u-jordan", "name": "Jordan Pike", "email": "jordan.pike@yardline.test",
     "role": "rep", "manager_id": "u-renee", "team": "Heartland Rental Accounts"},
    {"id": "u-renee", "name": "Renee Okafor", "email": "renee.okafor@yardline.test",
     "role": "manager", "team": "Heartland Rental Accounts"},
    {"id": "u-sam", "name": "Sam Whitcomb", "email": "sam.whitcomb@yardline.test",
     "role": "rep", "team": "Implementation"},
    {"id": "u-lorna", "name": "Lorna Fisk", "email": "lorna.fisk@yardline.test",
     "role": "admin", "team": "Billing Operations"},
]

ACCOUNTS = []
INTERVIEWS = {}
QUESTIONS = []


def Q(account_id, question, gold=None, must=None, tags=None, difficulty=None):
    """gold: list of strings: interview question ids (no dash) or record ids (with a dash)."""
    gs = []
    for g in gold or []:
        if g.startswith(("a-", "c-", "o-", "acc-")):
            kind = {"a-": "activity", "c-": "contact", "o-": "opportunity", "acc-": "account"}[
                next(p for p in ("acc-", "a-", "c-", "o-") if g.startswith(p))]
            gs.append({"kind": kind, "id": g})
        else:
            gs.append({"kind": "interview", "question_id": g})
    q = {"id": "q-%03d" % (len(QUESTIONS) + 1), "account_id": account_id,
         "question": question,
         "expect": "answer" if gs else "abstain",
         "gold_sources": gs, "must_mention": list(must or [])}
    if tags:
        q["tags"] = tags
    if difficulty:
        q["difficulty"] = difficulty
    QUESTIONS.append(q)


# ---------------------------------------------------------------------------
# 1. Brennan Equipment Rental: two-yard family business, Joliet and Morris IL
# ---------------------------------------------------------------------------
BR = "acc-brennan"
ACCOUNTS.append({
    "id": BR,
    "name": "Brennan Equipment Rental",
    "owner_id": "u-dale",
    "arr": 18000,
    "segment": "smb",
    "industry": "Construction equipment rental",
    "territory": "Illinois",
    "renewal_date": "2027-01-15",
    "contract_notes": "Annual term. 2 yards (Joliet, Morris). 60 Track units, Book at both yards. "
                      "Auto-renews unless either side gives 60 days notice. Paper signature, no e-sign.",
    "contacts": [
        contact("c-br-frank", "Frank Brennan", "Owner & President", "frank@brennanrents.test",
                "(815) 555-0142", "economic_buyer", "phone", 4,
                "Old school. Does not read email; Colleen prints things for him. Reachable on his cell before 7 a.m."),
        contact("c-br-colleen", "Colleen Brennan-Ruiz", "Office Manager / Bookkeeper",
                "colleen@brennanrents.test", "(815) 555-0177", "champion", "sms", 5,
                "Frank's daughter. Runs QuickBooks Desktop and all invoicing. Fast on text."),
        contact("c-br-tommy", "Tommy Brennan", "Yard Manager, Morris", "tommy@brennanrents.test",
                "(815) 555-0190", "blocker", "in_person", 2,
                "Frank's son. Runs the Morris yard. Rarely answers email or voicemail."),
        contact("c-br-luis", "Luis Ochoa", "Shop Foreman", "luis@brennanrents.test",
                "(815) 555-0163", "user", "phone", 3,
                "Runs preventive maintenance on the whole fleet. Likes the engine-hour data."),
        contact("c-br-deb", "Deb Mahler", "Counter Sales", "deb@brennanrents.test",
                "(815) 555-0101", "user", "email", 3,
                "Works the Joliet counter, covers Morris on Saturdays."),
        contact("c-br-gary", "Gary Sousa", "Outside CPA, Sousa & Hart", "gary@sousahart.test",
                "(815) 555-0288", "other", "email", 1,
                "Does the Brennan books at year end. Colleen loops him in on anything that touches revenue."),
    ],
    "opportunities": [
        opp("o-br-renewal", "2027 Renewal", "proposal", 19500, "2027-01-15",
            "Print renewal paperwork for Frank; keep the invoice layout unchanged"),
        opp("o-br-morris", "Morris yard Track units (+20)", "qualification", 4800, "2027-03-31",
            "Wait for Tommy's spring fleet count"),
    ],
    "activities": [
        act("a-br-001", "call", "2026-03-10T11:40:00Z", ["c-br-frank"], "Spring check-in with Frank", """
            Called Frank at 6:40 a.m. his time. Season's starting early: four skid steers and two mini-ex
            going out to a subdivision job in Shorewood next week. He bought a Kubota KX057 in February to
            replace the machine that was stolen in 2024 and wants a puck on it before it goes out.
            Said I'd bring one down Thursday."""),
        act("a-br-002", "meeting", "2026-03-19T15:00:00Z", ["c-br-frank", "c-br-luis"],
            "Puck install on new KX057 - Joliet yard", """
            Installed a puck on the KX057 with Luis. Verified ignition and hour meter reporting.
            Frank asked for a text if it moves after hours; set an after-hours movement alert to Frank's cell."""),
        act("a-br-003", "email", "2026-04-02T14:10:00Z", ["c-br-colleen"],
            "Billback fuel charges into QuickBooks", """
            Hi Colleen,

            As discussed, Sam built a CSV export that maps Billback fuel charges to your QuickBooks Desktop
            item list (FUEL-DIESEL, FUEL-GAS, REFUEL-FEE). Run it from Reports > Billback > Export each Friday
            and import it through File > Utilities > Import. It's a workaround until a direct connection
            exists. Call me if a row kicks out.

            Dale""", direction="outbound"),
        act("a-br-004", "call", "2026-04-22T13:30:00Z", ["c-br-luis"], "Service reminders off the hour meter", """
            Luis wants service reminders driven off the hour meter instead of his wall calendar.
            Set up 250-hour service reminders for the three Bobcat T770s and 500-hour reminders for the
            Kubota mini-ex. Reminders go to Luis by text. He'll tell me if the intervals need to change after
            the first cycle."""),
        act("a-br-005", "chat", "2026-05-14T17:05:00Z", ["c-br-colleen"], "Text from Colleen - fuel line on invoice", """
            Colleen: customer asked why the refuel fee shows separately from the diesel gallons on his invoice. can we combine?
            Dale: yes, turned on 'combine fuel lines' for Brennan.
            Colleen: thx!!""", direction="inbound"),
        act("a-br-006", "note", "2026-06-09T12:20:00Z", ["c-br-frank", "c-br-colleen"],
            "Duplicate fuel charge - Dolan Excavating", """
            A card processor retry ran the $412 fuel charge on Dolan Excavating's T770 return twice.
            Colleen caught it after Pat Dolan called Frank at home. Refunded the duplicate the same day.
            Renee approved a one-month credit of $1,500 on Brennan's next invoice.
            Frank is upset; do not call this a glitch with him."""),
        act("a-br-007", "email", "2026-07-08T15:45:00Z", ["c-br-deb"], "Saturday coverage at Morris", """
            Deb,

            I've set up your login on the Morris counter iPad so you can work Saturday bookings from there.
            Your Joliet login works on both. Let me know if it asks for a second code.

            Dale""", direction="outbound"),
        act("a-br-008", "call", "2026-08-04T16:00:00Z", ["c-br-colleen"], "Midsummer check-in", """
            Colleen says every skid steer is out and the mini-ex are booked through Labor Day.
            Asked me to repeat last winter's hours report setup in November. Will set it up after the
            first frost."""),
        act("a-br-009", "meeting", "2026-09-12T14:00:00Z", ["c-br-frank", "c-br-colleen"],
            "Renewal preview at Joliet yard", """
            Sat down with Frank and Colleen in the yard office. Walked through renewal timing and the
            60-day auto-renew notice window. Frank wants the renewal paperwork printed, not DocuSign.
            Colleen asked for a Q3 fuel report before the holidays."""),
        act("a-br-010", "email", "2026-10-06T13:15:00Z", ["c-br-colleen"], "Few things before winter", """
            Hi Dale,

            Couple things before it gets cold, sorry this is long.

            1) The October fuel import kicked out two rows again. Both were customers with a comma in the
            name (Rivera, Sons & Co. and the other one). I fixed them by hand but can Sam look at quoting
            the names in the export?

            2) Deb got locked out of the booking screens three times last week on the Morris iPad. She thinks
            it's the second-code thing. She's fine on the Joliet computer.

            3) We hired a new counter person, Kayleigh Sandoval, she starts January 6 at Joliet. She'll need
            her own login for the booking screens and the walkaround app before then, and somebody should
            show her how the fuel lines work because she'll be the one answering customers about them.

            4) Dad wants the invoice to look exactly like this year's. I told him it would. Please don't make
            me a liar.

            5) Tommy mentioned more pucks for Morris. Don't quote him anything until Dad and I talk.

            6) Our mailing address for invoices changes to PO Box 46, Joliet IL 60434 starting with the
            January invoice.

            Thanks,
            Colleen""", direction="inbound"),
        act("a-br-011", "meeting", "2026-10-21T18:30:00Z", ["c-br-tommy"], "Stopped at Morris yard", """
            Tommy was washing down a backhoe. He counted about 20 more machines at Morris he'd want pucks on
            but wants to wait for his spring fleet count before committing. Asked whether we could export all
            the puck history for Morris 'just to have it'. Told him I'd check."""),
        act("a-br-012", "email", "2026-11-03T15:00:00Z", ["c-br-colleen", "c-br-gary"],
            "QuickBooks export column spec for Gary", """
            Colleen, Gary,

            Attached is the column spec for the Billback CSV export (date, ticket #, customer, item, qty,
            rate, amount, yard). Happy to walk through it on a call whenever suits.

            Dale""", direction="outbound"),
        act("a-br-013", "call", "2026-11-17T12:50:00Z", ["c-br-frank"], "November call with Frank", """
            Frank: 'winter's slow, money's tight', same as every November. Said he'll sign at the yard in
            early January if the paper looks like last year's."""),
        act("a-br-014", "email", "2026-11-24T20:00:00Z", ["c-br-colleen"], "Q3 fuel recovery report", """
            Colleen, Q3 fuel recovery report attached as PDF, plus a printed copy in the mail for your dad.
            Dale""", direction="outbound"),
    ],
})

INTERVIEWS[BR] = {
    "decision_maker": flat("""
        Frank signs, period, Big Frank, the old man, it don't matter what Colleen tells you or what Tommy
        says out at Morris, nothing gets a signature until Frank's had the paper on his desk in the Joliet
        yard office for a couple days and chewed on it, he does not do DocuSign, I tried once and he called
        me asking what the hell an envelope was. What he personally cares about is iron walking off, back in
        '24 somebody loaded a Kubota KX040 mini-ex off a job in Minooka on a Saturday night and it was gone,
        never saw it again, and the insurance guy dragged his feet for months, so the pucks to him are theft
        insurance, not a billing thing, you pitch him on utilization and his eyes glaze over. Second thing
        is what the guys at the Thursday breakfast at the Route 6 diner say, that's all the little
        contractors in Will County, and if one of them gripes about a fuel charge Frank hears about it
        before we do."""),
    "champion": flat("""
        Colleen's our gal in there, she's the daughter, runs the office and the books, and she's the one who
        pushed Frank to buy in the first place back when fuel was all on paper tickets and nobody ever
        charged for it. What I promised her was that the billback invoices would drop right into QuickBooks
        Desktop, which they don't, not natively, Sam built her a CSV export mapping as a workaround and she
        imports it every Friday, she's patient about it but it's a promise and it's open. What she needs to
        look good with her dad is the fuel number, she keeps a little running tally of fuel dollars clawed
        back off customers who bring the skid steers back on a quarter tank, she was at $6,300 from April
        through October, and she shows it to Frank every month as 'see, it pays for itself'. Keep that number
        going up and keep her in the loop and she'll carry the renewal for you."""),
    "hidden_commitments": flat("""
        Couple things that aren't written anywhere. One, I shook Frank's hand in the Joliet yard in
        September and told him his number holds at eighteen grand for '27 no matter what the new price book
        does to Billback, that's a handshake and he will remember it word for word, so don't let anybody send
        him a quote with a Billback line on it. Two, I told him if a puck dies I'd get a replacement in his
        hands the same week and I've been driving them down myself from our Naperville office, he's never once
        shipped one back, I just swap them at the counter and take the dead one. Three, Deb and whoever they
        hire for the counter get a free half-day of training on the booking screens in January, on site, I
        told Colleen we'd do that and it's not on any order form."""),
    "history_sensitivities": flat("""
        The one that still stings is June, Billback double-billed a fuel charge to Dolan Excavating, $412 on
        a T770 that came back on a quarter tank, hit his card twice, and Pat Dolan is Frank's fishing buddy
        from way back, so Pat calls Frank at home on a Sunday and Frank calls me at 6 a.m. Monday and I got an
        earful I will remember on my deathbed. It was a retry bug on the card processor side, we refunded Pat
        the same day and I got Renee to credit Brennan a month, $1,500, and Frank calmed down. Don't ever
        bring up Dolan with Frank, and don't ever call it a 'glitch' either, that word set him off, say 'the
        June billing problem' if you have to say anything. Also don't joke about the stolen mini-ex, that one's
        still raw."""),
    "pricing_story": flat("""
        Eighteen grand is simple and it's simple on purpose because Frank won't sign anything he can't do on
        the back of a napkin: sixty pucks at twenty bucks a month is $14,400, and the booking screens for the
        two yards at a hundred fifty a month each is $3,600, that's your eighteen. Billback isn't in there at
        all, I gave it to them free for the first year because Frank said flat out he wasn't paying for
        'another module', and once Colleen saw fuel money coming back it stuck. The 2027 price book puts
        Billback at two hundred a month for a yard their size, call it $2,400 a year, and that's the whole
        tension going into renewal, because of what I told Frank. They rent everything dry, no operators, so
        fuel is the only thing Billback really touches for them, damage they still handle with a clipboard and
        Luis's eyeballs."""),
    "unexpected_use": flat("""
        Here's one you won't find in any case study, in the winter when construction dies off Frank rents
        snow pusher boxes and a couple of loaders with pushers to Channahon township for the parking lots and
        the village garage, and they stuck pucks on the loaders so the township gets billed by the engine
        hour off our data instead of by the day, Colleen just exports the hours report and sends it to the
        township clerk. Nobody designed Track for municipal snow billing but it works, the township likes it
        because they only pay for the hours the iron actually ran. Also Luis uses the ignition-on alerts to
        catch Tommy's guys running the skid steers around the yard on their lunch break at Morris, which is a
        whole family thing you want no part of."""),
    "channels_surprises": flat("""
        Frank is phone, his cell, and early, before seven, he's in the yard at five-thirty with his coffee
        and he'll actually talk to you then, after seven he's on the counter or out on a job and you're
        voicemail. Colleen texts, she answers texts in like four minutes, email she'll get to Friday. Tommy,
        forget the phone and forget email, you drive out to the Morris yard and stand there, he'll talk to you
        while he's washing down a machine, and if you want something from him bring donuts from the place on
        Route 47. Luis is fine on the phone. Deb email. Nobody, and I mean nobody, surprises Frank with an
        invoice that looks different than last month's, any change, even a line item moving, you call him
        first and walk him through it or he thinks he's being screwed. And anything that touches what Gary
        the CPA sees at year end, Colleen wants a heads-up, she got burned once."""),
    "org_changes": flat("""
        Biggest thing is Frank's 71 and he's been saying for two years he's handing it to the kids, and lately
        he says 'after the '27 season', Colleen would run the business and Tommy the iron, but those two don't
        agree on much, Tommy wants to buy a third yard down in Coal City, there's a guy retiring down there
        with a yard and a pile of old Case backhoes, and Colleen thinks it's crazy with rates where they are.
        The other thing, and keep this quiet, in August some rollup outfit out of Milwaukee that's been buying
        up little rental houses called Frank and took him to lunch, he told me about it like it was a joke,
        but he went to the lunch. If they sell, the buyer's got their own system and we're gone."""),
    "warning_signs": flat("""
        Last winter, January-February 2026, Frank just stopped calling me back, which with Frank is loud, and
        it turned out Tommy had been working on him to dump us for the GPS boxes the Deere dealer in Morris was
        throwing in with a loader purchase, the Deere guy we called him, and it took me two breakfasts and
        Colleen's fuel number to pull it back. So the tells are: Frank goes quiet, Tommy starts asking for an
        export of all the puck history 'just to have it', and Colleen starts apologizing in her texts, when she
        says 'sorry, Dad's busy' three times in a row something's going on. Another one is when Tommy quits
        using the booking screen at Morris and goes back to his whiteboard."""),
    "renewal_risk": flat("""
        If it slips they'll tell you money's tight and winter's slow, which is true every year, Frank says it
        every November like a weather report. The real reason will be Tommy, it'll be that the kids are taking
        over and Tommy wants his own thing, and if that Billback line shows up at two hundred a month after I
        told Frank the number holds, Frank will feel lied to and he'll let Tommy win just to make a point. Keep
        the number at eighteen, keep Colleen's fuel tally in front of Frank, and get Tommy something of his
        own, like the Morris add-on at a good price, so he's got skin in it."""),
}

Q(BR, "who signs off at brennan, the old guy or the daughter?",
  ["decision_maker", "c-br-frank"], ["Frank"], ["interview"])
Q(BR, "did dale promise them some kind of price freeze for next yr",
  ["hidden_commitments", "renewal_risk"], ["eighteen"], ["interview", "paraphrase"])
Q(BR, "heard one of their customers got charged twice for something, who was it",
  ["history_sensitivities", "a-br-006"], ["Dolan"], ["interview", "paraphrase"])
Q(BR, "how much fuel $ have they gotten back from customers so far",
  ["champion"], ["6,300"], ["interview", "middle"])
Q(BR, "when is brennan up for renewal",
  ["acc-brennan", "o-br-renewal"], ["2027-01-15"], ["record"])
Q(BR, "any weird stuff they do w/ the trackers in winter?",
  ["unexpected_use"], ["Channahon"], ["interview"])
Q(BR, "r they thinking about selling the company",
  ["org_changes"], ["Milwaukee"], ["interview", "middle"])
Q(BR, "when does their new front desk person start",
  ["a-br-010"], ["January 6"], ["record", "middle", "paraphrase"])
Q(BR, "what interval are the bobcat maintenance alerts set to",
  ["a-br-004"], ["250-hour"], ["record"])
Q(BR, "why arent they paying for the damage/fuel billing piece",
  ["pricing_story"], ["another module"], ["interview", "paraphrase"])
Q(BR, "how much is the coal city yard going for", difficulty="hard")
Q(BR, "does the cpa like the quickbooks export", difficulty="hard")

# ---------------------------------------------------------------------------
# 2. Lone Star Lift & Earth: 9 branches, central Texas
# ---------------------------------------------------------------------------
LS = "acc-lonestar"
ACCOUNTS.append({
    "id": LS,
    "name": "Lone Star Lift & Earth",
    "owner_id": "u-dale",
    "arr": 96000,
    "segment": "mid_market",
    "industry": "Construction equipment rental",
    "territory": "Texas",
    "renewal_date": "2027-04-30",
    "contract_notes": "2-year term from 2025-05-01. 420 Track units, Book at 9 branches, Billback (fuel only). "
                      "8% multi-branch discount. 60-day non-renewal notice.",
    "contacts": [
        contact("c-ls-buck", "Buck Harlan", "CEO & Owner", "buck.harlan@lonestarlift.test",
                "(210) 555-0111", "decision_maker", "sms", 3,
                "Founder. Texts only, one line. UT football season ticket holder."),
        contact("c-ls-ray", "Ray Villanueva", "CFO", "ray.villanueva@lonestarlift.test",
                "(210) 555-0134", "economic_buyer", "email", 3,
                "Reads every clause. Wants PDFs attached, not links."),
        contact("c-ls-hector", "Hector Salinas", "Director of Fleet Operations", "hector.salinas@lonestarlift.test",
                "(210) 555-0152", "champion", "phone", 5,
                "Goes by Chuy. Calls from the truck between branches."),
        contact("c-ls-amber", "Amber Lowe", "IT Manager", "amber.lowe@lonestarlift.test",
                "(210) 555-0167", "blocker", "portal", 2,
                "All requests through the Lone Star ServiceNow portal as a ticket. Owns identity (Azure AD)."),
        contact("c-ls-wade", "Wade Kimbrough", "Branch Manager, Austin", "wade.kimbrough@lonestarlift.test",
                "(512) 555-0148", "user", "phone", 2,
                "Biggest branch by revenue. Heavy cross-rental user."),
        contact("c-ls-nita", "Nita Gonzales", "Billing Supervisor", "nita.gonzales@lonestarlift.test",
                "(210) 555-0183", "user", "email", 4,
                "Runs fuel and rental invoicing for all branches."),
        contact("c-ls-cody", "Cody Reyes", "Service Manager, Waco", "cody.reyes@lonestarlift.test",
                "(254) 555-0119", "user", "phone", 3,
                "Runs the Waco shop; handles puck installs for the north branches."),
    ],
    "opportunities": [
        opp("o-ls-renewal", "Renewal FY27", "discovery", 104000, "2027-04-30",
            "Get the SSO ship date in writing to Amber via a portal ticket"),
        opp("o-ls-damage", "Billback damage add-on", "proposal", 21000, "2027-02-15",
            "Run the damage photo pilot at the New Braunfels branch"),
    ],
    "activities": [
        act("a-ls-001", "meeting", "2026-03-04T16:00:00Z", ["c-ls-hector", "c-ls-buck"], "Q1 review, San Antonio", """
            Q1 review at the San Antonio yard with Chuy and Buck. Pickup lag company-wide at 2.7 days, down from
            3.1 last spring. Buck asked for branch-level numbers going forward. Round Rock and Georgetown are the
            laggards."""),
        act("a-ls-002", "email", "2026-03-20T15:20:00Z", ["c-ls-amber"], "SSO status", """
            Amber,

            SSO (Azure AD over SAML) is on the YardLine roadmap. I don't have a committed date yet and I won't
            give you one I can't stand behind. I'll post an update to your portal ticket as soon as product
            commits.

            Dale""", direction="outbound"),
        act("a-ls-003", "note", "2026-04-09T21:00:00Z", ["c-ls-wade", "c-ls-cody"], "Firmware 4.2 rollback - Austin", """
            Firmware 4.2 push on Apr 7 left 60 pucks on the Austin Genie booms unresponsive. Rolled back the
            release for Lone Star; replacement units shipped from the Dallas DC. Wade's team doing manual hour
            meter readings until replacements are installed. Cody installing."""),
        act("a-ls-004", "call", "2026-04-16T14:30:00Z", ["c-ls-wade"], "Wade - Austin after the firmware rollback", """
            Wade is angry. Two customers ran overtime hours on the booms during the firmware outage and he can't
            bill them without the data. Agreed to a one-month credit on the Austin units. Promised him
            advance notice before any future release touches his pucks."""),
        act("a-ls-005", "email", "2026-05-12T13:05:00Z", ["c-ls-nita"], "Fuel rate for Billback", """
            Hi Dale,

            Please set the fuel charge to $6.25/gal for diesel and $5.10/gal for gas effective June 1 across all
            branches. The refuel service fee stays at $35 per ticket. Let me know when it's live so I can tell
            the counters.

            Thank you,
            Nita""", direction="inbound"),
        act("a-ls-006", "chat", "2026-06-03T22:40:00Z", ["c-ls-hector"], "Text from Chuy", """
            Chuy: any update on the re-rent screen you told me about? wade's spreadsheet is killing me
            Dale: product still says Q1. I'll push.
            Chuy: ok. buck keeps asking""", direction="inbound"),
        act("a-ls-007", "call", "2026-07-15T19:00:00Z", ["c-ls-ray"], "Ray - renewal prep and SSO", """
            Ray raised Amber's SSO concerns directly. She's told him it's a security gap. Ray wants something he
            can take back to her before the renewal conversation starts. Follow up internally."""),
        act("a-ls-008", "meeting", "2026-08-05T15:00:00Z", ["c-ls-hector"], "Pickup lag dashboard", """
            Built a branch-level off-rent-to-pickup dashboard for Chuy. Current average 2.4 days; Round Rock
            worst at 3.3. Chuy will review it weekly with the branch managers."""),
        act("a-ls-009", "email", "2026-09-02T12:45:00Z", ["c-ls-hector"], "Branch list for fall", """
            Dale -

            Here's where every branch stands going into fall so you and Sam can plan installs.

            San Antonio: fine. Pickup lag 2.2 days in August.
            New Braunfels: fine. Nita wants to talk about the damage pilot there.
            San Marcos: two pucks reporting no GPS, probably antennas under the counterweight. Cody will look.
            Austin: Wade is still doing his cross-rental list on a spreadsheet. 31 re-rented units on it right now.
            Round Rock / Georgetown: lag is the worst in the company, 3.3 days. Drivers.
            Temple: we're getting 14 new JLG 1930 scissors next month and I need pucks on all of them by Oct 20,
            before they go out to the hospital job. Please make sure Cody has the units.
            Killeen: nothing new.
            Waco: Cody's shop is fine, he's doing the north installs.
            Bryan: nothing I can say yet.

            Also Buck wants a one-page summary of pickup lag by branch for the October owners meeting. Can you
            build that?

            Chuy""", direction="inbound"),
        act("a-ls-010", "meeting", "2026-09-23T17:00:00Z", ["c-ls-cody"], "Waco shop visit", """
            Reviewed the install backlog with Cody. He'll install the Temple scissor pucks as the machines land.
            San Marcos antennas relocated."""),
        act("a-ls-011", "email", "2026-10-08T14:00:00Z", ["c-ls-amber"], "Request: current SOC 2 Type II report", """
            Please provide your most recent SOC 2 Type II report through vendor risk ticket VR-2291.

            Amber Lowe
            IT Manager, Lone Star Lift & Earth""", direction="inbound"),
        act("a-ls-012", "email", "2026-10-10T16:30:00Z", ["c-ls-amber"], "re: SOC 2", """
            Amber, uploaded the SOC 2 Type II report to VR-2291 under our NDA. Dale""", direction="outbound"),
        act("a-ls-013", "meeting", "2026-10-28T18:00:00Z", ["c-ls-ray", "c-ls-buck"], "Renewal kickoff", """
            Renewal kickoff in San Antonio. Buck confirmed Ray owns the renewal decision. Ray mentioned the new COO
            will want to review vendors once hired. Discussed timing of the Bryan acquisition and what it means for
            puck count."""),
        act("a-ls-014", "email", "2026-11-12T15:10:00Z", ["c-ls-nita"], "Damage add-on pilot", """
            Nita, proposing we run the damage photo pilot at New Braunfels for 60 days starting in January.
            Pricing for the add-on attached. Dale""", direction="outbound"),
        act("a-ls-015", "chat", "2026-11-19T20:15:00Z", ["c-ls-buck"], "Text from Buck", """
            Buck: game sat. talk monday""", direction="inbound"),
    ],
})

INTERVIEWS[LS] = {
    "decision_maker": flat("""
        Buck's name is on the door and he's the guy buying at the steakhouse, but the renewal is Ray's call,
        Buck told me to my face 'if Ray says it pencils, sign it', so Ray Villanueva, the CFO, Spreadsheet Ray,
        is your decision maker. What Ray personally cares about is dollar utilization, he reports it to the bank
        every month because their ABL line has a covenant tied to fleet return, and if dollar utilization by
        branch dips he gets a phone call he hates, so anything we can show that moves dollar utilization he'll
        listen to, time util he doesn't care about much, he says time util is a yard guy's number. Second thing
        with Ray, he got burned by an auto-renew clause with their old phone system vendor, so he reads every
        clause and he'll ask you about the 60-day notice, don't act like it's a gotcha."""),
    "champion": flat("""
        Hector Salinas runs fleet ops, everybody calls him Chuy, and he's the reason we're in there at all, he
        ran the pilot at the San Antonio yard in '25. What I promised Chuy is a re-rent board, a screen where he
        can see every machine they've cross-rented in from the big national guys, who it's from, what it's
        costing them per day, and when it's going back, because right now that lives in Wade's head and a
        spreadsheet, and product told me Q1 2027, so that's a promise with our name on it. What Chuy needs to
        look good with Buck is pickup lag, the time from a customer calling a machine off-rent to the truck
        actually grabbing it, he told Buck he'd get it from 3.1 days down under 2 and right now it's sitting at
        2.4, he needs the last chunk by spring."""),
    "hidden_commitments": flat("""
        Two of them and they both matter. On a call with Ray in July I told him that when SSO ships we'll waive
        the SSO add-on for them, that's $4,800 a year off list, for the life of the contract, because Amber was
        threatening to block the renewal over it and Ray wanted a number he could give her. That's not in the
        contract and it's not on the opp, it's me and Ray on the phone. Second, there are 40 spare pucks sitting
        in a parts drawer in Cody's shop at Waco that we never billed, I sent them up as swap stock after the
        April thing so they wouldn't have down machines waiting on FedEx, and technically those should hit the
        invoice at fourteen-fifty a month each once they're installed, Cody only activates one when one dies, so
        don't let finance go counting serials on a Lone Star audit without talking to Cody first."""),
    "history_sensitivities": flat("""
        April 2026, we pushed a firmware update to the pucks and it bricked 60 of them, all on the Genie booms
        at the Austin branch, and Wade's guys had to walk the yard with a clipboard writing down hour meters for
        two weeks while we shipped replacements, and Wade had a couple customers he couldn't bill overtime hours
        on because the data was gone. We credited them a month on the Austin units and I drove up and ate the
        yelling. Wade still calls it 'the April thing' and he means it. Sensitive topics: any firmware, any over
        the air anything, you tell Wade before it happens, not after, and you do not let a release note be the
        first he hears of it. The other sore spot is Amber and SSO, she's been asking since 2025 and she thinks
        we're stringing her along, which, honestly, we kind of are."""),
    "pricing_story": flat("""
        They're paying fourteen-fifty a puck a month when list is seventeen, on 420 pucks, plus the booking
        seats for nine branches, and then 8% off the top for multi-branch, and the reason is Ray walked in the
        room at renewal two years ago with a quote from a dealer telematics outfit that bundles the GPS with the
        iron, and Buck said 'match it or we walk' in front of his whole team, and we didn't match it but we got
        close enough. Billback is fuel only because Nita already had a damage process with the branch managers
        taking photos on their phones and Ray didn't want to pay for something that 'already works', which is
        why the damage add-on is an upsell now. Two-year term because Ray won't do three."""),
    "unexpected_use": flat("""
        Here's the fun one, they use our engine-hour data to bill over-hours, they rent everything on a
        single-shift rate, eight hours a day, forty a week, and if the puck shows the machine ran more than that,
        Nita bills the overtime at time and a half off our hours report, they call it the over-hours sweep and
        they run it every cycle close, it's a real chunk of money, Chuy says low six figures a year. We never
        built the hours report for billing, it's a maintenance report, they just figured it out. Second, they
        use the geofences to catch customers hauling iron to a job site that's not on the contract, usually
        across county lines, because their insurance only covers the jobsite on the ticket."""),
    "channels_surprises": flat("""
        Ray is email, formal, and he wants PDFs attached, not links, he won't click a link, if you send him a
        link to a portal he'll reply 'please attach'. Buck texts, and only texts, keep it to one line, and during
        football season don't text him Saturdays. Chuy calls you from the truck between branches, he'll call at
        7 p.m. on a Tuesday and that's fine, just pick up. Amber, everything goes through their ServiceNow portal
        as a ticket, she does not want direct emails about security or integrations, she's very process, and the
        one rule is never surprise Amber with a new integration or a new data flow, she killed the Salesforce
        connector pilot in 2025 because Wade's guys turned it on without a ticket. Nita is email and she's
        lovely."""),
    "org_changes": flat("""
        Two things. They're buying a tenth store up in Bryan, the Aggie store they call it, a little independent
        renter with about 200 machines, closing is supposed to be January 2027, and those machines will need
        pucks and a booking setup, so that's your upsell and your timing problem both. The bigger thing is Buck
        is hiring a COO from outside, he's been interviewing since September, and whoever that is will probably
        sit over Chuy and maybe over Amber too, and a new COO always wants to put their mark on the vendor list.
        Ray says it's for 'scale', Chuy is nervous about it."""),
    "warning_signs": flat("""
        Back in 2024, before the first renewal, Ray asked for a full CSV export of every puck's history 'for our
        records' and three weeks later they put out an RFP to three vendors, and we barely held on. So when Ray
        asks for a data export, that's a tell. Second tell is Amber asking for our SOC 2 report again, she asked
        in October, she'd already had the last one, and the last time she re-asked it was because somebody
        upstairs told her to vet a competitor. Third, when Chuy stops calling from the truck and starts
        emailing, he's been told to put things in writing."""),
    "renewal_risk": flat("""
        Stated reason will be budget, Ray will say the ABL covenant is tight and they need to cut fixed costs,
        and he'll have a slide. Real reason, if it slips, will be Amber and SSO, if SSO hasn't shipped by spring
        she will tell the new COO we're a security problem and the COO will want a win, and nobody internally
        will fight for us except Chuy. Also Wade, if there's another April, Wade goes to Buck directly, and Buck
        listens to Wade because the Austin store is a third of their revenue."""),
}

Q(LS, "who actually makes the call on the renewal at lone star, buck?",
  ["decision_maker", "a-ls-013", "c-ls-ray"], ["Ray"], ["interview", "record"])
Q(LS, "what number does the money guy obsess over",
  ["decision_maker"], ["dollar utilization"], ["interview", "paraphrase"])
Q(LS, "what did we promise the fleet ops guy",
  ["champion", "a-ls-006"], ["re-rent"], ["interview"])
Q(LS, "is there a freebie tied to the single sign on thing?",
  ["hidden_commitments"], ["4,800"], ["interview", "paraphrase"])
Q(LS, "r there extra trackers sitting at one of their branches that we dont charge for",
  ["hidden_commitments"], ["Waco"], ["interview", "middle", "paraphrase"])
Q(LS, "why is the austin branch mgr so salty w/ us",
  ["history_sensitivities", "a-ls-003", "a-ls-004"], ["firmware"], ["interview", "record"])
Q(LS, "do they charge customers extra when machines run long days",
  ["unexpected_use"], ["over-hours"], ["interview", "paraphrase"])
Q(LS, "how do i get ahold of the IT lady",
  ["channels_surprises", "c-ls-amber"], ["ServiceNow"], ["interview", "record"])
Q(LS, "whats their per gallon diesel charge",
  ["a-ls-005"], ["6.25"], ["record"])
Q(LS, "which shop r they buying",
  ["org_changes", "a-ls-013"], ["Bryan"], ["interview", "record"])
Q(LS, "whats the name of the new coo", difficulty="hard")
Q(LS, "what did the soc 2 report say", difficulty="hard")

# ---------------------------------------------------------------------------
# 3. Prairie Iron Rentals: 22 branches, Iowa and Nebraska
# ---------------------------------------------------------------------------
PI = "acc-prairie"
ACCOUNTS.append({
    "id": PI,
    "name": "Prairie Iron Rentals",
    "owner_id": "u-dale",
    "arr": 265000,
    "segment": "mid_market",
    "industry": "Construction equipment rental",
    "territory": "Iowa / Nebraska",
    "renewal_date": "2027-06-30",
    "contract_notes": "3-year term 2024-07-01 to 2027-06-30. 1,150 Track units, Book and Billback (fuel and damage) "
                      "at 22 branches. Annual uplift capped at 3%. Units added mid-term are billed at the original "
                      "unit price.",
    "contacts": [
        contact("c-pi-peg", "Marguerite Lindahl", "CEO", "marguerite.lindahl@prairieiron.test",
                "(515) 555-0100", "economic_buyer", "letter", 2,
                "Goes by Peg. Engage through Doug or by formal letter."),
        contact("c-pi-doug", "Doug Albrecht", "VP Operations", "doug.albrecht@prairieiron.test",
                "(515) 555-0121", "decision_maker", "sms", 4,
                "Hard stop at 30 minutes. Lives in Ames."),
        contact("c-pi-shauna", "Shauna Kerr", "Director of Rental Systems", "shauna.kerr@prairieiron.test",
                "(515) 555-0138", "champion", "teams", 5,
                "Owns the YardLine admin and runs the branch trainers."),
        contact("c-pi-raj", "Raj Menon", "Controller", "raj.menon@prairieiron.test",
                "(515) 555-0156", "influencer", "email", 3,
                "Wants spreadsheets, not decks."),
        contact("c-pi-kyle", "Kyle Dorsey", "Region Manager, Omaha", "kyle.dorsey@prairieiron.test",
                "(402) 555-0172", "blocker", "phone", 1,
                "Joined in 2025 from a competing renter; used a different rental system there."),
        contact("c-pi-bev", "Bev Ostrander", "AR & Collections Lead", "bev.ostrander@prairieiron.test",
                "(515) 555-0185", "user", "email", 3,
                "Handles damage invoice disputes. Closes the books on the 3rd business day."),
        contact("c-pi-troy", "Troy Havlicek", "Fleet Director", "troy.havlicek@prairieiron.test",
                "(515) 555-0194", "influencer", "phone", 3,
                "Buys the yellow iron. Owns the Nebraska retrofit."),
        contact("c-pi-mike", "Mike Sorensen", "IT Director", "mike.sorensen@prairieiron.test",
                "(515) 555-0109", "user", "email", 2,
                "Owns SSO and the branch networks."),
    ],
    "opportunities": [
        opp("o-pi-renewal", "Renewal 2027 (3-yr)", "discovery", 280000, "2027-06-30",
            "Joint QBR with Doug in Des Moines in February"),
        opp("o-pi-nebraska", "Nebraska branches telematics retrofit", "negotiation", 38000, "2026-12-19",
            "Send Troy a revised quote with an 18-month install schedule"),
        opp("o-pi-api", "Dealer API connector", "closed_lost", 12000, "2026-08-31",
            "Lost: Mike's team is building it in-house"),
    ],
    "activities": [
        act("a-pi-001", "meeting", "2026-03-11T15:00:00Z", ["c-pi-doug", "c-pi-shauna"], "Q1 QBR, Des Moines", """
            Q1 QBR at the Des Moines office. Fleet time utilization 58.4% for Q1. Doug kept it to 30 minutes.
            Shauna presented walkaround completion by branch: Omaha and Lincoln lowest. Next QBR in June."""),
        act("a-pi-002", "call", "2026-03-25T17:30:00Z", ["c-pi-kyle"], "Kyle - Omaha walkarounds", """
            Called Kyle about walkaround completion in Omaha (52%). He says his counter guys don't have time at
            7 a.m. rush. Asked whether he could run a side-by-side with the rental system from his last company.
            Told him that's Doug's call."""),
        act("a-pi-003", "email", "2026-04-15T14:00:00Z", ["c-pi-raj"], "Invoice format", """
            Dale,

            Please send the invoice detail as an Excel file with one row per branch going forward. PDFs don't help
            me.

            Raj""", direction="inbound"),
        act("a-pi-004", "email", "2026-05-06T19:20:00Z", ["c-pi-troy"], "Nebraska retrofit - first quote", """
            Troy,

            First quote attached for the six Nebraska branches: 310 units at the original unit price per your
            contract's mid-term clause, total $38,000 a year. Install schedule TBD with you.

            Dale""", direction="outbound"),
        act("a-pi-005", "note", "2026-06-18T13:00:00Z", ["c-pi-shauna"], "Hail - Ankeny yard", """
            Hail hit Ankeny on June 16. Shauna pulled walkaround photos and timestamps for about 30 machines for
            their insurer's adjuster."""),
        act("a-pi-006", "email", "2026-07-09T16:45:00Z", ["c-pi-bev"], "Customer link to damage photos", """
            Dale, can customers get a link to the check-out and check-in photos on their damage invoices? It
            would cut half my calls.
            Bev""", direction="inbound"),
        act("a-pi-007", "note", "2026-08-12T14:15:00Z", ["c-pi-mike"], "Dealer API connector - lost", """
            Mike's team will build the dealer connector in-house. Closed lost. Keep Mike friendly; he still owns
            SSO."""),
        act("a-pi-008", "meeting", "2026-08-27T15:30:00Z", ["c-pi-troy", "c-pi-doug"], "Fleet plan 2027 with Troy", """
            Fleet planning session with Troy, Doug joined for the last 20 minutes.

            Disposals: Troy is selling off roughly 120 older units over winter, mostly 2016-2018 scissors and a
            batch of the old Bobcat S650s. Pucks come off those and go back into stock.

            Purchases: the big one is telehandlers. Troy is buying 85 new JLG 1055 telehandlers for 2027, split
            between the ag branches and Des Moines, deliveries March through May. He wants pucks installed at
            the dealer before delivery if we can arrange it. Also 40 mini-ex, brand not decided.

            Nebraska: Troy wants to stage the retrofit so the branches aren't short machines during install.

            Doug asked that all new units show up in the utilization report from day one."""),
        act("a-pi-009", "email", "2026-09-15T17:00:00Z", ["c-pi-shauna"], "Yard Week talk", """
            Dale, confirming I'm good to submit a talk for Yard Week in Kansas City. Working title: 'Walkarounds
            that branch managers actually do'. Shauna""", direction="inbound"),
        act("a-pi-010", "call", "2026-09-30T18:00:00Z", ["c-pi-raj"], "Raj - vendor list", """
            Raj says the Brightwater board observer asked for a list of every software vendor over $50k a year.
            YardLine is on it. Raj wants our spend by module in Excel."""),
        act("a-pi-011", "email", "2026-10-14T15:30:00Z", ["c-pi-bev"], "Q3 damage dispute summary", """
            Dale,

            Q3 numbers: dispute rate on damage invoices was 4.2% (Q2 was 3.1%). Most of the increase is Omaha.
            Details attached.

            Bev""", direction="inbound"),
        act("a-pi-012", "email", "2026-10-29T16:00:00Z", ["c-pi-shauna", "c-pi-doug"], "Annual NPS survey", """
            Shauna, Doug - sent the annual YardLine NPS survey link (0-10 score plus comments). It closes
            November 20. Thanks for making time.
            Dale""", direction="outbound"),
        act("a-pi-013", "call", "2026-11-10T17:45:00Z", ["c-pi-troy"], "Nebraska quote", """
            Troy wants the install spread over 18 months so no branch loses more than a handful of machines at a
            time. Will send a revised quote with that schedule."""),
        act("a-pi-014", "chat", "2026-11-20T21:10:00Z", ["c-pi-shauna"], "Teams - Shauna", """
            Shauna: omaha walkaround completion 61% in Oct. progress i guess
            Dale: better than 52. I'll bring donuts to Kyle""", direction="inbound"),
    ],
})

INTERVIEWS[PI] = {
    "decision_maker": flat("""
        Doug Albrecht signs the renewal, he's VP of ops and he's got signing authority up to 300k without going to
        the board, so as long as we land under that Peg never touches it, and that's by design, trust me you want
        it under 300k. Peg only gets pulled in over that number or if it's a multi-year with a termination penalty.
        What Doug personally cares about is time utilization, his bonus is tied to getting the fleet over 62% time
        util and he's been stuck at like 58, 59 all year, so anything you show him, show him time util by branch,
        he doesn't care about dollar util. Also he's got a kid wrestling at Ames High and he drives home for every
        meet, so meetings with Doug are 30 minutes, hard stop, he'll literally stand up and leave."""),
    "champion": flat("""
        Shauna Kerr, director of rental systems, she's the one who actually runs YardLine in there, admin,
        trainers, everything. I promised her two things: a seat on our customer advisory board, which I already got
        Renee to approve, and a speaking slot at Yard Week in Kansas City next May, she wants that on her resume,
        between you and me she's looking at a VP title in a year. What she needs to look good is the damage
        number, she stood up in front of Peg at the 2024 kickoff and said Billback would recover 400k of damage in
        the first year, and they're at 310k through October, so she's short and she knows it, help her close that
        gap by getting the Omaha branches to actually do walkarounds, Kyle's guys skip them."""),
    "hidden_commitments": flat("""
        First one, Troy's Nebraska retrofit, I told him we'd cover the install labor, we use Hawkeye Install out
        of Cedar Rapids, that's about nine grand of labor for the six Nebraska branches and it is not on the quote,
        I was going to bury it in the services line and never did, so when you send him the revised quote you
        have to figure out how to honor that. Second, Bev can batch her damage disputes and settle them at quarter
        end instead of monthly without us charging late fees on the disputed amounts, I told her that after the
        November mess, it's a courtesy, finance doesn't know. Third, and this is a small one, I told Doug that any
        branch they acquire before renewal comes in at the 2024 unit rate."""),
    "history_sensitivities": flat("""
        November 2025, the damage module started billing customers for damage that was already on the machine,
        because the walkaround app stamped photos with the wrong time, a timezone bug, the check-out photos from
        branches on Central time were landing after the check-in photos, so the system thought the dents were
        new. 140 invoices went out before Bev caught it and Prairie refunded 58k to customers, some of them big
        contractors who were already mad. Peg called Renee personally, that's the only time she's ever called us.
        We gave them two months of credit and Renee sent a root cause letter. Sensitive: don't ever say 'AI' or
        'automatic damage detection' to Peg or Bev, don't pitch the photo AI thing at all right now, and don't
        bring up November with the branch managers, some of them had to eat crow with their best customers."""),
    "pricing_story": flat("""
        List on that deal would've been about 330k, they're at 265, and the gap is me trading price for the case
        study and the logo, they did the case study video in the Des Moines yard with Shauna and it's on our
        website, Peg signed the logo release, that was the trade. Three years with a 3% cap on the annual uplift,
        and the piece people miss is the price protection, any units they add mid-term come in at the original
        unit price, which is why Troy's Nebraska retrofit pencils so cheap for him. Raj thinks the price is locked
        flat through renewal, it isn't, the cap is on uplift, we just never used it, and he's going to be
        surprised when the renewal number is higher, so set that up early."""),
    "unexpected_use": flat("""
        Harvest. Out in the ag counties, September and October, the farmers rent telehandlers and skid steers for
        harvest, grain bins, moving bales, and Prairie bills those by engine hour instead of by the day because a
        farmer will keep a machine three weeks and run it four hours total, or run it twenty hours straight, so
        they built an 'ag rate' that's purely off our hour meter data. We never designed Track for billing, let
        alone for farmers. The other one is their insurer, Grinnell Mutual, after the hail in June the adjuster
        used our walkaround photos with the timestamps to settle hail claims on about 30 machines sitting in the
        Ankeny yard, which after the timezone mess is pretty funny."""),
    "channels_surprises": flat("""
        Peg, you don't call Peg, you go through Doug, or if it's formal you send a letter, on paper, with Renee's
        signature, that's how she likes it. Doug is text, short, he'll answer between meetings. Shauna lives in
        Teams chat, that's the fastest way to anything. Raj is email and wants an Excel attached, not a PDF, not a
        deck. Kyle in Omaha, call him, he doesn't read. Bev is email. The never-surprise person is Bev: any credit
        memo, any invoice correction, she needs it before her close on the third business day of the month, she
        got blindsided in November and still brings it up. And Troy hates being copied on things, just call
        him."""),
    "org_changes": flat("""
        Couple of things moving. In September they took a minority investment from a private equity shop,
        Brightwater Partners, and now there's a board observer, a young guy who asks about every software line in
        the budget, and Raj has been asked to do a 'vendor rationalization' list. Kyle Dorsey's Omaha region is
        getting merged with Lincoln in January and Kyle runs the whole thing, so the guy who likes us least just
        got bigger. And there's a rumor Peg retires after 2027, nothing announced, Doug would be the obvious guy
        but Brightwater might bring somebody in."""),
    "warning_signs": flat("""
        Before November, in the fall of 2025, Bev's dispute tickets went to like three times normal for six weeks
        and nobody at our end looked at it, and that was the timezone bug showing up one angry customer at a time.
        So if Bev's dispute volume spikes, drop everything. The other tell is Kyle asking to run a parallel test
        with the rental system he used at his old company, he asked in March and Doug said no, if he asks again
        and Doug says yes, we're in a bake-off. And when Shauna goes quiet in Teams for more than a week she's
        usually been pulled into something she can't talk about."""),
    "renewal_risk": flat("""
        Stated reason will be the board and vendor consolidation, Brightwater wants fewer vendors, Raj will hand
        you the list. Real reason will be Kyle, he's got the biggest region now and he'll tell Doug his branches
        would run better on his old system, plus the board observer wants to cut software spend and we're a big
        line. If Shauna's damage number isn't close to 400k by renewal she won't have the juice to fight Kyle, and
        Doug won't stick his neck out for a vendor his own regional guy is badmouthing, he'll split the difference
        and ask for a one-year deal while they 'evaluate', which is how you lose an account slowly."""),
}

Q(PI, "who signs off on the renewal at prairie",
  ["decision_maker", "c-pi-doug"], ["Doug"], ["interview", "record"])
Q(PI, "is there a $ limit before the ceo gets dragged in",
  ["decision_maker"], ["300k"], ["interview", "paraphrase"])
Q(PI, "what dollar figure did shauna commit to her boss on the damage stuff",
  ["champion", "renewal_risk"], ["400k"], ["interview", "middle"])
Q(PI, "any freebies on the NE tracker install job?",
  ["hidden_commitments"], ["Hawkeye"], ["interview", "paraphrase"])
Q(PI, "what blew up last fall w/ the photo billing",
  ["history_sensitivities"], ["58k"], ["interview", "paraphrase"])
Q(PI, "why'd they get such a sweet price",
  ["pricing_story"], ["case study"], ["interview", "paraphrase"])
Q(PI, "do they rent to farmers? how do they charge em",
  ["unexpected_use"], ["ag rate"], ["interview"])
Q(PI, "when's the NE retrofit supposed to close",
  ["o-pi-nebraska"], ["2026-12-19"], ["record"])
Q(PI, "how many new telehandlers is the fleet guy buying next yr",
  ["a-pi-008"], ["85"], ["record", "middle"])
Q(PI, "whos the new board person and why do i care",
  ["org_changes", "a-pi-010", "renewal_risk"], ["Brightwater"], ["interview", "record"])
Q(PI, "whats prairie's nps score from the survey", difficulty="hard")
Q(PI, "whats raj's budget for the renewal", difficulty="hard")

# ---------------------------------------------------------------------------
# 4. Gulf Coast Aerial & Compact: 5 branches, Houston
# ---------------------------------------------------------------------------
GC = "acc-gulfcoast"
ACCOUNTS.append({
    "id": GC,
    "name": "Gulf Coast Aerial & Compact",
    "owner_id": "u-dale",
    "arr": 41000,
    "segment": "smb",
    "industry": "Construction equipment rental",
    "territory": "Texas",
    "renewal_date": "2026-12-31",
    "contract_notes": "Annual term, renews 2026-12-31, invoiced annually in advance. 180 Track units, Book at 5 "
                      "branches. Billback fuel on a month-to-month trial since 2026-08-01. 2023 price book.",
    "contacts": [
        contact("c-gc-vince", "Vince Thibodeaux", "Owner & General Manager", "vince@gulfcoastaerial.test",
                "(713) 555-0124", "decision_maker", "phone", 4,
                "Talks a lot. Hosts a Friday afternoon crawfish boil at the Pasadena yard in season."),
        contact("c-gc-sheila", "Sheila Thibodeaux", "CFO & Co-owner", "sheila@gulfcoastaerial.test",
                "(713) 555-0125", "economic_buyer", "email", 2,
                "Email only. Always CC Kim Nguyen."),
        contact("c-gc-marisol", "Marisol Trevino", "Operations Manager", "marisol@gulfcoastaerial.test",
                "(713) 555-0147", "champion", "whatsapp", 5,
                "Runs dispatch and the branch crews. Bilingual."),
        contact("c-gc-dwayne", "Dwayne Fontenot", "Branch Manager, Baytown", "dwayne@gulfcoastaerial.test",
                "(281) 555-0163", "user", "sms", 3,
                "Best branch manager they have. Texts."),
        contact("c-gc-kim", "Kim Nguyen", "Office Manager / AR", "kim@gulfcoastaerial.test",
                "(713) 555-0189", "user", "email", 3,
                "Processes our invoices and the customer billing."),
        contact("c-gc-pete", "Pete Landry", "Dispatch & Delivery Lead", "pete@gulfcoastaerial.test",
                "(713) 555-0171", "user", "phone", 3,
                "Runs the rollback trucks and the drivers."),
    ],
    "opportunities": [
        opp("o-gc-renewal", "Renewal 2027", "negotiation", 43000, "2026-12-31",
            "Get Vince's verbal on the 2-year option before Dec 15"),
        opp("o-gc-fuel", "Billback fuel - convert trial to paid", "proposal", 6000, "2026-12-31",
            "Show Kim the trial fuel recovery report"),
    ],
    "activities": [
        act("a-gc-001", "call", "2026-03-06T20:00:00Z", ["c-gc-vince"], "Vince catch-up", """
            Vince called, 50 minutes. Spring is busy, refinery turnarounds in Pasadena and Baytown. Wants more
            60-foot booms. Asked about pucks for the new booms when they arrive in April."""),
        act("a-gc-002", "chat", "2026-03-27T14:30:00Z", ["c-gc-marisol"], "WhatsApp from Marisol", """
            Marisol: [photo of dispatch board] look, all the booms on the board now
            Marisol: can the trucks show up too? customers ask where their machine is
            Dale: working on it""", direction="inbound"),
        act("a-gc-003", "meeting", "2026-04-17T21:00:00Z", ["c-gc-vince", "c-gc-marisol"], "Friday boil at Pasadena yard", """
            Crawfish boil at the Pasadena yard. Vince in good form. Talked with Marisol about showing the delivery
            trucks on the dispatch board. Met Pete."""),
        act("a-gc-004", "email", "2026-05-08T15:00:00Z", ["c-gc-kim", "c-gc-sheila"], "Q2 invoice received", """
            Hi Dale,

            We received the quarterly invoice for Q2 ($10,250). It will be paid by the 20th.

            Kim Nguyen
            Office Manager""", direction="inbound"),
        act("a-gc-005", "note", "2026-06-02T18:00:00Z", ["c-gc-pete"], "Rollback truck pucks", """
            Installed pucks on rollback trucks 2, 4 and 7. Pete wants them hard-wired under the dash, not on the
            cab roof, so drivers can't unplug them. Remaining trucks in July."""),
        act("a-gc-006", "chat", "2026-07-14T13:20:00Z", ["c-gc-dwayne"], "Text from Dwayne", """
            Dwayne: baytown yard is full, everything came back from the turnaround at once
            Dwayne: need the off-rent list by tomorrow am""", direction="inbound"),
        act("a-gc-007", "email", "2026-08-01T14:00:00Z", ["c-gc-kim", "c-gc-sheila"], "Billback fuel trial starts today", """
            Sheila, Kim,

            The Billback fuel trial is live at all five branches as of today, no charge while it runs. Fuel
            charges will show on your customer invoices as a separate line. I'll send a recovery report after a
            couple of months so you can decide.

            Dale""", direction="outbound"),
        act("a-gc-008", "email", "2026-10-05T13:40:00Z", ["c-gc-marisol"], "September recap", """
            Dale,

            September recap, sorry for the delay, the storm week killed us.

            - Pasadena: dispatch board working good. The trucks with pucks (2, 4, 7) show up fine, Pete likes it.
            - Conroe: two booms came back with the tilt alarm tripped, customer was loading pallets on the platform
              again. Kim billed the inspection fee.
            - Katy: Katy missed 11 pickups in September, mostly because the customer called it off on Friday and
              we didn't see it until Monday. Vince got three of those calls himself. This is my problem to fix but
              I need the off-rent calls to hit the dispatch board right away, not when the counter enters them.
            - Baytown: Dwayne is fine. Busy.
            - Sugar Land: new counter girl needs a login.

            Also, the walkaround app is still English only, my guys at Katy keep asking. I know, I know.

            Gracias,
            Marisol""", direction="inbound"),
        act("a-gc-009", "email", "2026-10-15T16:00:00Z", ["c-gc-sheila", "c-gc-kim"], "Renewal options", """
            Sheila,

            Attached are the two renewal options: annual at $43,000, or a 2-year term at the same annual rate.
            Kim copied as always.

            Dale""", direction="outbound"),
        act("a-gc-010", "call", "2026-10-30T19:30:00Z", ["c-gc-vince"], "Vince on renewal", """
            Vince likes the 2-year; said 'talk to Sheila'. Need his verbal before Dec 15 so the paper can go to
            Sheila with his blessing."""),
        act("a-gc-011", "email", "2026-11-06T15:15:00Z", ["c-gc-kim"], "Fuel trial numbers?", """
            Dale, can you send the fuel trial numbers? Sheila asked me what we got back so far.
            Kim""", direction="inbound"),
        act("a-gc-012", "chat", "2026-11-18T22:00:00Z", ["c-gc-marisol"], "WhatsApp - Spanish app", """
            Marisol: any news on the app in spanish?
            Dale: asking product again this week, no date yet""", direction="inbound"),
        act("a-gc-013", "note", "2026-11-23T17:00:00Z", ["c-gc-pete"], "Remaining truck pucks", """
            Pete says trucks 1, 3 and 5 are in the shop until December; will install their pucks then."""),
    ],
})

INTERVIEWS[GC] = {
    "decision_maker": flat("""
        Vince'll tell you yes on anything, he's a yes man with a big laugh, but Sheila, his wife, is CFO and
        co-owner and she keeps the checkbook, and if Sheila says no it's no, I've watched her kill a forklift
        purchase Vince already shook on. So Sheila's your decision maker. What she personally cares about is cash
        flow through hurricane season, June to November, because that's when work stops for a week at a time and
        receivables stretch out, she lived through Harvey with this company and she doesn't want any big annual
        invoice landing in August. Vince personally cares about looking like the big dog at the Houston rental
        association dinners, so let him brag about his 'GPS on everything'."""),
    "champion": flat("""
        Marisol runs operations, dispatch, the crews, she's the one who actually uses us every day and she's our
        champion. What I promised her is the dispatch board would show the delivery trucks too, not just the iron,
        so she can tell a customer where their boom lift is on the road, and to make that happen I told her we'd
        put six pucks on Pete's rollbacks at no charge. She needs to look good on missed pickups, customers call
        Vince directly when a machine's been called off-rent and is still sitting on their job three days later,
        and every one of those calls comes back on her, she wants to cut that in half by the spring."""),
    "hidden_commitments": flat("""
        The big one is billing, their contract says annual in advance and they're getting invoiced quarterly,
        because Sheila wouldn't sign with a $41,000 invoice landing in January right after hurricane season bills,
        so I had Lorna in billing flip them to quarterly invoices off-book, it is not in the contract, and if
        anybody in finance 'fixes' it, Sheila will go through the roof. Second, the six pucks on Pete's rollback
        trucks, no charge, that's for Marisol. Third, small one, I told Vince we'd sponsor a table at the Houston
        rental association crawfish boil in April, that's like 800 bucks, put it on the marketing budget."""),
    "history_sensitivities": flat("""
        Two. Hurricane Beryl, July 2024, the Baytown yard took three feet of water, thirty-some scissors and a
        couple of booms sat in it, and our pucks kept reporting the machines as on rent because nobody had checked
        them back in, so the system kept billing customers for drowned iron for almost two weeks before Kim caught
        it, that was a bad month, we reversed all of it, their insurance handled the iron, and I spent a week out
        there after the flood. The other one is Trent Bishop, the rep before me, he promised Marisol a
        Spanish-language version of the counter screens and the walkaround app back in 2023, and it never shipped,
        and Marisol's crews are mostly Spanish speakers, so she's had to train around it. Don't promise anything
        about Spanish unless product gives you a date in writing, and don't say Trent's name to Sheila."""),
    "pricing_story": flat("""
        They're still on the 2023 price book, a hundred eighty pucks and booking at five branches, forty-one grand,
        and I never moved them to the new book because every time I brought up price Sheila brought up Trent and
        Beryl, so I let it ride. The renewal at 43k is a small bump and I've been offering a two-year option at the
        same rate to lock it in, Vince likes it, Sheila hasn't said. The fuel Billback is a month-to-month trial
        since August at no charge, the idea was to show Kim enough fuel recovery that converting it to paid at
        about six grand a year is a no-brainer."""),
    "unexpected_use": flat("""
        The port. A bunch of their customers work at the Port of Houston and the refineries along the ship
        channel, and you can't take a machine onto port property without a TWIC escort, so Marisol set geofences
        around the terminals and when a puck crosses into one, dispatch gets an alert and they bill a port
        surcharge, like seventy-five bucks a day, because they have to send a TWIC-carded driver to escort the
        delivery. Nobody designed geofences for security badging. Also the tilt alarm on the booms, they use it to
        catch customers overloading the platform, they've got photos of guys lifting pallets of shingles on a
        60-foot boom."""),
    "channels_surprises": flat("""
        Vince is phone, and he'll keep you an hour, so call him when you've got an hour, or better, show up to the
        Friday crawfish boil at the Pasadena yard in season, that's where deals happen. Sheila is email only and
        always copy Kim, she wants a paper trail and she reads it all at night. Marisol is WhatsApp, sometimes she
        writes in Spanish, answer in English, she's fine. Dwayne at Baytown texts. Never, ever surprise Sheila with
        a price change, she's still sore about Trent, anything with a number on it goes to her in writing first,
        before Vince hears it, or she'll feel like we went around her."""),
    "org_changes": flat("""
        Vince's sister's boy, Beau, is coming in to run a new sixth branch they're opening in Pearland in the
        spring of 2027, he's been working at a big national renter in Lafayette, so he'll come in with opinions
        about systems, get to him early. And Dwayne in Baytown is restless, he told me over a beer he's been
        talking to a competitor, he's the best branch manager they have and if he leaves Baytown's going to be a
        mess. Sheila's also been saying she wants to hire a real controller so she can step back, no name yet."""),
    "warning_signs": flat("""
        Early 2025 Kim started paying our invoices at 60-plus days, they'd always been net 30 on the dot, and Vince
        stopped answering on Fridays, and six weeks later Sheila sent a non-renewal notice that I had to talk her
        off of, it was cash, they'd had a rough winter and she was cutting. So late pay from Kim is the canary.
        Also if Marisol stops sending WhatsApps with pictures of her dispatch board, she's either buried or
        unhappy, and with her it's usually unhappy, she goes quiet before she goes to Vince."""),
    "renewal_risk": flat("""
        They'll say it's cash, hurricane season was rough, same speech as 2025. The real reason, if it slips, will
        be that Marisol's crew still can't use the app in Spanish and she stops defending us, and Sheila never
        forgave the Trent stuff, so she's always half looking for an excuse. The quarterly billing is what keeps
        Sheila calm, protect that. And watch Beau when he lands in Pearland, if he comes in talking up whatever
        system his old outfit in Lafayette ran, Vince will listen to family before he listens to us, and Sheila
        will have her excuse served up on a plate."""),
}

Q(GC, "who controls the $ at gulf coast, vince?",
  ["decision_maker", "c-gc-sheila"], ["Sheila"], ["interview", "record"])
Q(GC, "did we agree to bill them every 3 months or smth",
  ["hidden_commitments", "a-gc-004", "renewal_risk"], ["quarterly"], ["interview", "record", "paraphrase"])
Q(GC, "whats the beef w/ the old rep",
  ["history_sensitivities", "renewal_risk"], ["Trent"], ["interview", "paraphrase"])
Q(GC, "anything special about jobs down at the docks",
  ["unexpected_use"], ["TWIC"], ["interview", "paraphrase"])
Q(GC, "best way to reach the owner's wife",
  ["channels_surprises", "c-gc-sheila"], ["Kim"], ["interview", "record"])
Q(GC, "how many pickups did katy blow in sept",
  ["a-gc-008"], ["11"], ["record", "middle"])
Q(GC, "kims cell?",
  ["c-gc-kim"], ["555-0189"], ["record"])
Q(GC, "when do we need vince's ok on the 2 yr by",
  ["o-gc-renewal", "a-gc-010"], ["Dec 15"], ["record"])
Q(GC, "who's the nephew coming in",
  ["org_changes", "renewal_risk"], ["Beau"], ["interview", "paraphrase"])
Q(GC, "whats the early red flag they're about to bail",
  ["warning_signs"], ["60-plus"], ["interview"])
Q(GC, "what did the insurance pay out after the flood", difficulty="hard")
Q(GC, "which competitor is dwayne going to", difficulty="hard")

# ---------------------------------------------------------------------------
# 5. Summit Rents: national renter, 140 branches, HQ Dallas
# ---------------------------------------------------------------------------
SU = "acc-summit"
ACCOUNTS.append({
    "id": SU,
    "name": "Summit Rents",
    "owner_id": "u-dale",
    "arr": 1200000,
    "segment": "enterprise",
    "industry": "Construction equipment rental",
    "territory": "National (HQ Dallas, TX)",
    "renewal_date": "2027-03-31",
    "contract_notes": "3-year enterprise agreement 2024-04-01 to 2027-03-31. 6,800 Track units (ramped from 5,000), "
                      "Book and Billback at 140 branches. 18% enterprise discount. 99.5% monthly uptime SLA with "
                      "service credits calculated fleet-wide. Termination for convenience on 180 days notice after "
                      "year 2.",
    "contacts": [
        contact("c-su-lauren", "Lauren Whitfield", "Chief Financial Officer", "lauren.whitfield@summitrents.test",
                "(214) 555-0102", "economic_buyer", "email", 2,
                "Engage via Greg; quarterly exec sync only."),
        contact("c-su-greg", "Greg Castellano", "SVP Operations", "greg.castellano@summitrents.test",
                "(214) 555-0117", "decision_maker", "sms", 4,
                "Ex-Army. Early riser. Golfer."),
        contact("c-su-tasha", "Tasha Monroe", "Director, Fleet Technology", "tasha.monroe@summitrents.test",
                "(214) 555-0131", "champion", "slack", 5,
                "Day-to-day owner of the YardLine program. Shared Slack Connect channel #summit-yardline."),
        contact("c-su-ben", "Ben Adeyemi", "CIO", "ben.adeyemi@summitrents.test",
                "(214) 555-0146", "influencer", "phone", 2,
                "Security-first. Chairs the vendor risk committee."),
        contact("c-su-carla", "Carla Jimenez", "Procurement Manager, IT & Software", "carla.jimenez@summitrents.test",
                "(214) 555-0158", "blocker", "email", 2,
                "Everything in writing."),
        contact("c-su-derek", "Derek Vollmer", "Regional VP, Midwest", "derek.vollmer@summitrents.test",
                "(312) 555-0166", "user", "phone", 3, "Based in Chicago."),
        contact("c-su-marty", "Marty Kessler", "Regional VP, Texas", "marty.kessler@summitrents.test",
                "(817) 555-0173", "influencer", "phone", 4, "Fort Worth. Blunt; likes to take calls from the truck."),
        contact("c-su-hannah", "Hannah Cho", "Billing Operations Manager", "hannah.cho@summitrents.test",
                "(214) 555-0184", "user", "email", 4, "Owns the Oracle AR process."),
        contact("c-su-olu", "Olu Bankole", "Director, Data & Analytics", "olu.bankole@summitrents.test",
                "(214) 555-0195", "influencer", "slack", 2,
                "Runs the data platform team; pitched an in-house telematics build."),
    ],
    "opportunities": [
        opp("o-su-renewal", "Enterprise Renewal 2027", "negotiation", 1250000, "2027-03-31",
            "Send Carla the redline of the SLA credits section by Dec 12"),
        opp("o-su-ai", "Damage photo AI add-on", "qualification", 180000, "2027-06-30",
            "Scope a pilot with Hannah in 6 Dallas branches"),
        opp("o-su-canada", "Ontario expansion (Northshore Lift, 12 branches)", "discovery", 95000, "2027-09-30",
            "Wait for Summit's acquisition of Northshore Lift to close"),
    ],
    "activities": [
        act("a-su-001", "meeting", "2026-03-10T16:00:00Z", ["c-su-ben", "c-su-tasha"], "Feb 14 outage RCA review - Dallas", """
            Walked Ben's team through the root-cause analysis for the February 14 outage: Book unavailable for
            9 hours due to a DNS failure at our cloud provider; about 60 branches on paper tickets. SLA credit of
            $41,000 confirmed and applied to the April invoice. Ben asked for quarterly DR test evidence."""),
        act("a-su-002", "chat", "2026-03-24T15:10:00Z", ["c-su-tasha"], "Slack: fuel recovery", """
            Tasha: Q1 fuel recovery YoY is +14%. need way more by january
            Dale: Hannah's approvals are the bottleneck. let's talk auto-approve rules""", direction="inbound"),
        act("a-su-003", "email", "2026-04-18T14:30:00Z", ["c-su-hannah"], "Oracle AR export - scope", """
            Hannah,

            Sam is scoping the custom export for your Oracle AR import. He'll need a sample file and your field
            list. Expect a draft spec in two weeks.

            Dale""", direction="outbound"),
        act("a-su-004", "note", "2026-05-05T19:00:00Z", ["c-su-olu"], "API rate limits", """
            Summit hit the telematics API rate limit twice (Apr 28, May 2). Sam raised their cap to 600 requests
            per minute. Olu's team says they pull every fifteen minutes."""),
        act("a-su-005", "meeting", "2026-05-21T15:00:00Z", ["c-su-greg", "c-su-tasha", "c-su-derek", "c-su-marty"],
            "Spring ops review", """
            Spring ops review, Dallas HQ. Attendees: Greg, Tasha, Derek, Marty, Dale, Sam.

            1. Utilization: fleet time utilization 65.8% for April. Target unchanged.
            2. Fuel recovery YoY at 16%. Tasha wants fuel approvals over $150 automated; Hannah's team still
               hand-approves them.
            3. Off-rent to pickup: Texas region average 31 hours. Derek reported that the Midwest region has 212
               units flagged as off-rent but not picked up for more than 72 hours, mostly in the Chicago and
               Milwaukee markets where they're short on drivers. Greg asked for a weekly list to each branch
               manager.
            4. Marty asked for geofences on all the refinery sites in Beaumont and Port Arthur.
            5. Damage photo AI: Tasha asked about early access timing.
            6. Next review in August."""),
        act("a-su-006", "email", "2026-06-11T13:50:00Z", ["c-su-hannah"], "Oracle AR file spec", """
            Dale,

            Spec for the AR file: pipe-delimited, one row per invoice line, branch code in column 2. The file
            must land in the SFTP drop by 5:00 a.m. CT daily for the Oracle AR import to pick it up. Late files
            wait a day.

            Hannah""", direction="inbound"),
        act("a-su-007", "call", "2026-07-09T18:00:00Z", ["c-su-olu"], "Olu - build vs buy", """
            Olu mentioned his team is revisiting the in-house telematics idea now that their data platform is
            mature. Nothing formal. Flagged to Renee."""),
        act("a-su-008", "email", "2026-08-13T16:20:00Z", ["c-su-lauren", "c-su-greg"], "Ontario unit pricing", """
            Lauren, Greg,

            Confirming in writing: if the Northshore Lift branches join the YardLine agreement, they come in at
            the same unit rate as your current agreement.

            Dale""", direction="outbound"),
        act("a-su-009", "email", "2026-09-09T14:00:00Z", ["c-su-carla"], "Renewal process", """
            Dale,

            Summit will run a formal renewal review starting in October. Please route all commercial
            communication through procurement.

            Carla Jimenez""", direction="inbound"),
        act("a-su-010", "note", "2026-09-25T15:00:00Z", ["c-su-ben"], "IT reorg", """
            Ben now reports to Lauren (CFO), effective September 15. Previously reported to the CEO."""),
        act("a-su-011", "email", "2026-10-07T17:30:00Z", ["c-su-ben"], "Penetration test in January", """
            Dale,

            We will conduct a third-party penetration test of the YardLine integration in January with Coalfire.
            Please nominate a technical contact. Results will be shared with procurement.

            Ben""", direction="inbound"),
        act("a-su-012", "meeting", "2026-10-22T15:00:00Z", ["c-su-carla", "c-su-hannah"], "Renewal kickoff with procurement", """
            Renewal kickoff with Carla; Hannah attended for billing. Carla wants a redline of the SLA section
            before any pricing talk. Hannah asked about the status of the Oracle export."""),
        act("a-su-013", "email", "2026-11-04T16:45:00Z", ["c-su-carla"], "SLA redline timing", """
            Carla, confirming we'll send the redline of the SLA credits section by Dec 12. Dale""",
            direction="outbound"),
        act("a-su-014", "chat", "2026-11-16T14:20:00Z", ["c-su-tasha"], "Slack: damage AI access", """
            Tasha: when can we get the damage AI build?
            Dale: January for early access""", direction="inbound"),
        act("a-su-015", "chat", "2026-11-20T11:40:00Z", ["c-su-greg"], "Text from Greg", """
            Greg: need util by region before my board prep. 0530 tmrw ok
            Dale: will call""", direction="inbound"),
    ],
})

INTERVIEWS[SU] = {
    "decision_maker": flat("""
        On paper Lauren the CFO signs, but she signs what Greg tells her to sign, Greg Castellano, SVP of ops,
        ex-Army, we call him the General, he's the decision maker, and Carla in procurement runs the process and
        she'll make it feel like a bake-off even if it isn't. What the General personally cares about is two
        numbers he can stand up and say to the board: fleet time utilization at 70%, they're at 66, and ghost
        rentals, which is his word for iron that's been called off-rent but is still sitting on the customer's job
        because nobody dispatched the pickup, he hates paying for iron that's not earning and not in the yard.
        Lauren cares about the 18% and about total cost versus building it themselves. Greg also plays golf at
        Colonial every Saturday, which matters, see the commitments answer."""),
    "champion": flat("""
        Tasha Monroe, director of fleet technology, she built the whole YardLine program at Summit and she's our
        champion, and she wants a VP title, she's told me as much. I promised her a dedicated CSM, we gave her Nell
        half-time, which isn't dedicated and she's noticed, and early access to the damage photo AI before any
        other customer. What she needs to look good is a fuel recovery story for the exec offsite in January, she
        wants to stand up and say fuel recovery is up 22% year over year across the fleet, she's at about 19 right
        now, and Hannah's billing team is the bottleneck because they still approve every fuel charge over $150 by
        hand."""),
    "hidden_commitments": flat("""
        Okay, the one that'll bite you: last spring I played a round at Colonial with the General and he was hot
        about the Valentine's outage and I told him, handshake, that going forward we'd calculate SLA credits
        per-branch, not fleet-wide, so if the Dallas branches are down six hours they get credit even if the fleet
        average is fine. The contract says fleet-wide. Greg thinks it's a done deal, Carla doesn't know, and our
        legal doesn't know, and that redline Carla's waiting on is exactly where it'll come up. Second, Hannah, I
        told her we'd build a custom AR export for Oracle at no charge, Sam's scoped it, it's in flight. Third, ten
        free Yard Week passes for their branch managers every year, that's just me being nice, marketing's been
        eating it."""),
    "history_sensitivities": flat("""
        February 14th, 2026, the Valentine's outage, Book was down for nine hours on a Saturday, counters at about
        60 branches were writing paper tickets and keying them in Monday, a bunch of rentals went out with no fuel
        level recorded so Billback couldn't charge anything on them. Our cloud provider had a DNS failure, but
        don't ever say 'it wasn't our fault' to Ben, he was on the phone with his CEO that day and he doesn't care
        whose DNS it was. We paid $41,000 in SLA credits and did a root-cause review in Dallas with Ben's team. Ben
        still brings it up in every security review, and it's the reason Carla's redlining the SLA section.
        Sensitive topics: uptime, DNS, and paper tickets, Marty's Texas branches took the worst of it."""),
    "pricing_story": flat("""
        1.2 million a year, 6,800 pucks plus booking and Billback at 140 branches, and an 18% enterprise discount
        that was the price of being the biggest logo we have in rental. It ramped, year one was 5,000 pucks and
        they grew into 6,800 as they put pucks on the new iron. Lauren ran a TCO model against building it
        themselves, Olu's team pitched an in-house build at 2.1 million up front plus a team of six, and we won that
        on the math, but Lauren will re-run that model at renewal, count on it. The Ontario piece, if it happens,
        comes in at the same unit rate, I told Lauren that in writing, it's in the email thread from August."""),
    "unexpected_use": flat("""
        Olu's data team pulls our raw telematics feed into Snowflake every fifteen minutes and they built a pricing
        model off it, when a storm hits and the excavators and skid steers in an area all go on rent, their model
        bumps the day rate at the counter in that market, surge pricing on yellow iron basically. We never designed
        the API for that, they hit our rate limits twice in the spring and Sam had to raise their cap. Second thing,
        they use Book to move iron between their own branches, inter-branch transfers, they book it like a
        cross-rental to themselves so the sending branch gets revenue credit, and it makes our utilization reports
        look weird, so when the General quotes a util number, ask which one."""),
    "channels_surprises": flat("""
        Lauren, you don't reach out to Lauren, you see her at the quarterly exec sync and that's it, anything else
        goes through Greg. The General texts, early, like 5:30 a.m., short. Tasha is in the Slack Connect channel,
        #summit-yardline, all day, that's where everything with her happens. Carla is email only and she means it,
        anything you say on a call she'll ask you to 'confirm in writing' and then she'll hold it against us in the
        redline. Hannah email. Ben is the never-surprise guy: any incident, any outage, any security thing, you call
        Ben within one hour, before he reads about it on a status page, that's not in the contract, that's just how
        he is after February."""),
    "org_changes": flat("""
        Summit is buying Northshore Lift, twelve branches in Ontario, closing is expected in Q2 2027, and that's the
        Canada opp, same unit rate. In September they reorged and IT now reports to Lauren instead of the CEO, so
        Ben works for the CFO now, which means every dollar of software goes through a finance lens. And there's
        talk the General moves up to COO next year, which would be great for us if it happens, unless whoever
        replaces him in ops is Derek, Derek's fine, but he's neutral on us, I'd take Marty over him any day."""),
    "warning_signs": flat("""
        In 2025, four months before the Billback module anniversary, Carla quietly sent an RFI to two competitors,
        we found out because one of them bragged about it at a trade show, and that RFI turned into a 10% price
        concession on Billback that I had to give to keep it. So if you hear Carla's out with an RFI, it's a price
        play, not a real switch, usually. The scarier tell is Olu's team talking about the in-house build again,
        they did that in the summer, and Tasha going quiet in Slack for more than a few days, she's usually the
        first to know when the execs are questioning us."""),
    "renewal_risk": flat("""
        Stated reason will be price and vendor consolidation, Carla will say they want one platform for telematics
        and rental and they're 'evaluating options'. The real reason, if it slips, will be Ben and Olu wanting to
        build in-house now that IT sits under Lauren and the TCO model looks different, plus the Valentine's outage
        still hanging over Ben. And the per-branch SLA thing, if Carla finds out Greg thinks we promised it and we
        didn't paper it, she'll use it to make us look like we can't be trusted."""),
}

Q(SU, "who actually pulls the trigger at summit",
  ["decision_maker", "c-su-greg"], ["Greg"], ["interview", "record"])
Q(SU, "did dale promise the ops svp something off paper about downtime credits",
  ["hidden_commitments", "renewal_risk"], ["per-branch"], ["interview", "paraphrase"])
Q(SU, "what blew up in feb",
  ["history_sensitivities", "a-su-001"], ["41,000"], ["interview", "record"])
Q(SU, "why do they get such a cheap deal, they are huge",
  ["pricing_story"], ["biggest logo"], ["interview", "paraphrase"])
Q(SU, "whats the data team doing w/ our gps feed",
  ["unexpected_use"], ["Snowflake"], ["interview", "paraphrase"])
Q(SU, "can they bail before the contract's up",
  ["acc-summit"], ["180 days"], ["record", "paraphrase"])
Q(SU, "procurement lady's email addr?",
  ["c-su-carla"], ["carla.jimenez@summitrents.test"], ["record"])
Q(SU, "how many machines r stuck on customer jobs in the midwest",
  ["a-su-005"], ["212"], ["record", "middle", "paraphrase"])
Q(SU, "what time does the AR file have to land",
  ["a-su-006"], ["5:00 a.m."], ["record"])
Q(SU, "who r they buying up north",
  ["org_changes", "o-su-canada", "a-su-008"], ["Northshore"], ["interview", "record"])
Q(SU, "what were the pen test results", difficulty="hard")
Q(SU, "whats marty's take on the per-branch sla credits", difficulty="hard")

# ---------------------------------------------------------------------------
# 6. Cornbelt Heavy Equipment Rental: 38 branches, Indiana and Ohio
# ---------------------------------------------------------------------------
CB = "acc-cornbelt"
ACCOUNTS.append({
    "id": CB,
    "name": "Cornbelt Heavy Equipment Rental",
    "owner_id": "u-dale",
    "arr": 540000,
    "segment": "enterprise",
    "industry": "Construction equipment rental",
    "territory": "Indiana / Ohio",
    "renewal_date": "2027-09-30",
    "contract_notes": "Annual renewal each September 30. 2,600 Track units; Book at 38 branches; Billback fuel + damage "
                      "at 30 Indiana branches (8 Ohio branches not live). Net 45 payment terms.",
    "contacts": [
        contact("c-cb-walt", "Walt Eberhardt", "President & CEO", "walt.eberhardt@cornbeltheavy.test",
                "(260) 555-0110", "economic_buyer", "in_person", 2,
                "Sees us at the annual dinner. Engage through Renee."),
        contact("c-cb-denise", "Denise Kowalski", "CFO", "denise.kowalski@cornbeltheavy.test",
                "(260) 555-0127", "decision_maker", "email", 3,
                "Monthly email summary; formal."),
        contact("c-cb-jamal", "Jamal Whitaker", "VP Rental Operations", "jamal.whitaker@cornbeltheavy.test",
                "(260) 555-0139", "champion", "phone", 5, "Cell any time."),
        contact("c-cb-brenda", "Brenda Yoder", "Region Director, Ohio", "brenda.yoder@cornbeltheavy.test",
                "(419) 555-0144", "blocker", "in_person", 1, "Based at the Lima branch."),
        contact("c-cb-nate", "Nate Fisher", "Telematics Administrator", "nate.fisher@cornbeltheavy.test",
                "(260) 555-0153", "user", "teams", 4, "Power user; owns the alert rules."),
        contact("c-cb-corinne", "Corinne Baptiste", "Director of Customer Credit", "corinne.baptiste@cornbeltheavy.test",
                "(260) 555-0168", "user", "email", 3, "Credit and collections for rental customers."),
        contact("c-cb-phil", "Phil Osterhaus", "Safety & Compliance Manager", "phil.osterhaus@cornbeltheavy.test",
                "(260) 555-0176", "influencer", "phone", 3, "Owns incident investigations and operator training."),
    ],
    "opportunities": [
        opp("o-cb-ohio", "Ohio 8-branch Billback rollout", "negotiation", 64000, "2027-01-31",
            "Ride-along with Brenda at the Lima branch"),
        opp("o-cb-renewal", "FY28 renewal", "qualification", 560000, "2027-09-30",
            "Exec sponsor dinner: Walt and Renee"),
    ],
    "activities": [
        act("a-cb-001", "meeting", "2026-03-03T15:00:00Z", ["c-cb-jamal", "c-cb-nate"], "Q1 ops review, Fort Wayne", """
            Q1 ops review with Jamal and Nate. Indiana fuel capture at 91% of tickets. Nate rebuilt the after-hours
            movement alerts for all 30 Indiana branches. Jamal wants an Ohio plan by summer."""),
        act("a-cb-002", "email", "2026-03-19T14:20:00Z", ["c-cb-phil"], "Impact alert threshold", """
            Dale,

            Please set the impact alert threshold to 2.5g for booms and telehandlers. Alerts to me and the branch
            manager.

            Phil""", direction="inbound"),
        act("a-cb-003", "call", "2026-04-08T17:00:00Z", ["c-cb-corinne"], "Corinne - invoices", """
            Corinne asked that YardLine invoices reference the Cornbelt PO number in the header; AP rejects them
            otherwise. Passed to Lorna."""),
        act("a-cb-004", "meeting", "2026-05-13T16:00:00Z", ["c-cb-brenda"], "Lima visit", """
            Drove to Lima. Brenda walked me through how the Ohio branches handle returns today: paper damage
            tickets, fuel by eyeball. She remains skeptical and wants to see Indiana numbers first."""),
        act("a-cb-005", "chat", "2026-06-24T13:00:00Z", ["c-cb-nate"], "Teams: geofence rules", """
            Nate: can geofences be nested? want a yard fence inside a city fence
            Dale: yes, up to 3 levels
            Nate: 👍""", direction="inbound"),
        act("a-cb-006", "email", "2026-07-15T15:00:00Z", ["c-cb-denise"], "Monthly summary - June", """
            Denise,

            June summary attached: fuel capture 93%, damage photo completion 87%, no invoice changes this month.

            Dale""", direction="outbound"),
        act("a-cb-007", "note", "2026-08-06T18:30:00Z", ["c-cb-corinne"], "Delinquent account locate", """
            Corinne pulled GPS locations on four machines for a delinquent contractor in Muncie and sent a truck.
            Nate asked whether location history can be exported for their attorneys."""),
        act("a-cb-008", "email", "2026-09-02T13:30:00Z", ["c-cb-jamal"], "Summer leakage review", """
            Dale,

            Leakage review for the summer, numbers from Nate's reports:

            - Indiana branches on Billback: fuel capture at 94% of tickets, damage photos on 88% of check-ins. Good.
            - Fort Wayne North is the best, Evansville the worst (71% photos).
            - We did a manual audit at Muncie because their fuel sales looked low. We found $47,300 of unbilled
              fuel at the Muncie branch in August alone, counter guys were skipping the fuel level on returns when
              the yard was busy. Branch manager has been talked to. This is exactly the kind of thing Ohio has
              everywhere.
            - Phil wants the impact report by operator, not by machine.
            - Corinne says disputes are down in Indiana but didn't give me a number.
            - I need the Ohio plan from you before my board prep at the end of the month.

            Thanks,
            Jamal""", direction="inbound"),
        act("a-cb-009", "meeting", "2026-09-17T15:00:00Z", ["c-cb-jamal", "c-cb-brenda"], "Ohio rollout plan", """
            Ohio rollout planning with Jamal; Brenda joined by phone for 15 minutes. Target: all 8 Ohio branches
            live on Billback by April 2027. Lima goes first, then Findlay and Wapakoneta."""),
        act("a-cb-010", "call", "2026-10-09T16:00:00Z", ["c-cb-denise"], "Denise - Q3 invoices", """
            Denise asked for the monthly summary as a PDF going forward and confirmed Net 45 on all invoices.
            Short call."""),
        act("a-cb-011", "chat", "2026-10-27T14:10:00Z", ["c-cb-nate"], "Teams: Michigan staging", """
            Nate: can we get a staging account for Kalamazoo? want to build the alert rules before the branch opens
            Dale: yes, will set it up""", direction="inbound"),
        act("a-cb-012", "email", "2026-11-12T15:30:00Z", ["c-cb-brenda", "c-cb-jamal"], "Lima ride-along", """
            Brenda,

            Proposing a ride-along at the Lima branch on December 9 so I can see the return process end to end
            before we schedule the Ohio go-live. Jamal copied.

            Dale""", direction="outbound"),
        act("a-cb-013", "note", "2026-11-24T16:00:00Z", ["c-cb-walt"], "Annual dinner", """
            Walt and Renee dinner set for January 22 in Fort Wayne."""),
    ],
})

INTERVIEWS[CB] = {
    "decision_maker": flat("""
        Walt's the president and he's a great guy and he'll shake your hand at the dinner, but anything under a
        million bucks he hands to Denise and walks away, so Denise Kowalski, CFO, is your decision maker, full stop.
        What Denise personally cares about is DSO, days sales outstanding, it's the number she reports to the
        owners every month and it's been creeping from 41 to almost 50, and the reason is damage disputes,
        customers don't pay the whole invoice while they argue about a $600 dent, so if you can show her
        Billback's photos shortening disputes she's all ears. She doesn't care about utilization at all, that's
        Jamal's world. Personally she's a runner, she ran the Chicago marathon this year, ask her about it if you
        get a minute at the dinner."""),
    "champion": flat("""
        Jamal Whitaker, VP of rental ops, he's our guy, he pushed Billback into the Indiana branches and it worked.
        What I promised Jamal: the Ohio eight are live on Billback before the spring season, which to him means by
        April 2027, and that we'd send Sam, our implementation lead, on site for two weeks at no charge to get
        Brenda's branches up. What Jamal needs to look good is leakage, that's what he calls fuel and damage that
        walks out the gate unbilled, he told Walt it's about $700k a year across Ohio and he needs to show it
        closing, he's got a board slide with a target on it."""),
    "hidden_commitments": flat("""
        Sam's two weeks on site in Ohio, free, nobody's signed an SOW, I told Jamal and that was it, Sam knows, his
        boss doesn't. Second, I told Brenda that her branches can keep doing paper damage tickets as a backup for
        90 days after Billback goes live, so her guys aren't naked if the tablets act up again, which means for 90
        days you'll see double entry and Jamal will ask why, that's why. Third, Phil gets a custom monthly
        operator-safety report out of the impact data, I had Sam build it as a saved report, it's not a product
        feature and it's not on any order."""),
    "history_sensitivities": flat("""
        The Lima thing. 2025, we piloted Billback at the Lima branch in Ohio and the walkaround app kept crashing
        on the cheap Android tablets Cornbelt had bought, photos lost, damage tickets with no pictures, customers
        disputing everything, many of them for good reason, and Walt, in front of everybody at the year-end
        meeting, blamed Brenda's team for not following the process. It wasn't her team, it was the tablets and
        frankly our app. We fixed it by buying them 20 iPads, $8,000, out of my budget, and Denise found out from
        her AP clerk instead of from me, which was its own mess. Brenda has never forgiven any of it. Don't ever
        say 'Lima pilot' to Brenda, and don't imply her people were the problem."""),
    "pricing_story": flat("""
        Cornbelt's priced per puck with two rates, the Indiana branches are on the old 2022 rate because they were
        the original deal, and anything added since, including Ohio, is at the current rate, so you've got a
        blended number that nobody in there can explain except Denise. Annual renewal, never multi-year, because
        Walt got locked into a seven-year ERP contract in the 2010s and swore he'd never sign multi-year with
        anybody again. Net 45 instead of our net 30 because Denise asked and it's in the contract, she treats it
        like a trophy."""),
    "unexpected_use": flat("""
        Phil Osterhaus, their safety guy, uses the shock sensor on the pucks for OSHA incident investigations and
        operator training, when a boom gets dinged or a telehandler tips, he pulls the impact time and location and
        the operator badge and it goes in his incident file, he's got a threshold set so he gets an email on any
        hard hit. We built the shock sensor for damage billing, not safety. And Corinne in credit uses the GPS to
        find iron when a customer goes delinquent, skip tracing yellow iron, she'll pull the location and send a
        truck to repo it off a job, legal made them write a clause in their rental contract about it."""),
    "channels_surprises": flat("""
        Walt, you don't call Walt, you see him at the annual dinner, and Renee handles him, that's an exec thing.
        Denise is email, formal, one monthly summary, don't pepper her. Jamal is his cell, anytime, he'll pick up
        at 9 p.m. Brenda, in person, you drive to Lima, she will not do a video call with us, she says she wants to
        see who she's dealing with. Nate is on Teams all day. The never-surprise rule is Denise: anything that hits
        an invoice, a credit, a payment term, a cost, she hears it from you first, because the iPad thing, she found
        out from AP and she called me and said 'I don't like learning about vendors from my AP clerk', I still hear
        it."""),
    "org_changes": flat("""
        Two big ones. Denise told me in October, privately, she's leaving at the end of Q1 2027, going to a bigger
        company, so your decision maker for the September renewal is going to be somebody we don't know yet, and
        whoever it is will look at the blended rate and ask questions. Second, they're opening three branches in
        Michigan next year, Kalamazoo, Grand Rapids, Lansing, that's maybe 250 more pucks, and Jamal wants those on
        Billback from day one, Nate's already building alert rules for them."""),
    "warning_signs": flat("""
        In 2024 Nate, the telematics admin, just stopped logging in, stopped tweaking alert rules, stopped asking
        questions on Teams, and a month later I found out Jamal's boss had Nate testing the OEM feeds, the free
        telematics that comes on the new JLG and Cat iron, as a replacement for us. We won that because the OEM
        feeds don't do fuel levels the way Billback needs. So Nate going quiet is the tell. Another one, Corinne
        asking for damage dispute stats by branch, that's usually because Denise asked her, which means DSO's up
        and we're about to get a question."""),
    "renewal_risk": flat("""
        Stated reason will be 'the OEM telematics are free now', every new machine comes with a feed, why pay for
        pucks. Real reason will be Ohio, if the Ohio eight aren't live and working by spring, Brenda will tell
        everyone she was right, Jamal loses his leakage slide, and the new CFO walks into a blended rate and a
        half-finished rollout and decides to clean house. Denise leaving is the part that scares me, she knows why
        the numbers are what they are, and at the same time nobody else there does."""),
}

Q(CB, "who really decides at cornbelt, the ceo?",
  ["decision_maker", "c-cb-denise"], ["Denise"], ["interview", "record"])
Q(CB, "what # keeps the money lady up at night",
  ["decision_maker"], ["DSO"], ["interview", "paraphrase"])
Q(CB, "what timing did we promise jamal for ohio",
  ["champion", "a-cb-009"], ["April"], ["interview", "record"])
Q(CB, "r we sending somebody onsite on our dime?",
  ["champion", "hidden_commitments"], ["Sam"], ["interview", "paraphrase"])
Q(CB, "whats the deal w/ lima, why's the ohio lady pissed at us",
  ["history_sensitivities"], ["Android"], ["interview", "middle"])
Q(CB, "what does the safety guy do w/ the bump data",
  ["unexpected_use"], ["OSHA"], ["interview", "paraphrase"])
Q(CB, "is the cfo leaving??",
  ["org_changes"], ["end of Q1"], ["interview"])
Q(CB, "telematics admin's phone #",
  ["c-cb-nate"], ["555-0153"], ["record"])
Q(CB, "how much unbilled fuel did they find at muncie",
  ["a-cb-008"], ["47,300"], ["record", "middle"])
Q(CB, "next step on the ohio billing deal?",
  ["o-cb-ohio", "a-cb-012"], ["Lima"], ["record"])
Q(CB, "how many units does the muncie branch have", difficulty="hard")
Q(CB, "what was denise's chicago marathon time", difficulty="hard")
Q(CB, "any good bbq spots near fort wayne", difficulty="offtopic")


def main():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": "u-dale",
        "successor_user_id": "u-jordan",
        "manager_user_id": "u-renee",
        "interviews": INTERVIEWS,
        "questions": QUESTIONS,
    }
    with open(os.path.join(HERE, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump(bundle, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(ev, f, indent=2, ensure_ascii=False)
        f.write("\n")
    n_abs = sum(1 for q in QUESTIONS if q["expect"] == "abstain")
    print("accounts=%d activities=%d questions=%d answerable=%d abstain=%d" % (
        len(ACCOUNTS), sum(len(a["activities"]) for a in ACCOUNTS), len(QUESTIONS),
        len(QUESTIONS) - n_abs, n_abs))


if __name__ == "__main__":
    main()
