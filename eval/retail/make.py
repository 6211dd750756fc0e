#!/usr/bin/env python3
"""Generator for the `retail` baton-eval/v1 set.

Vendor: Prognos, a retail demand-forecasting and analytics SaaS (modules:
Forecast Core "FC", Fresh+, Promo Lift, Markdown Optimiser "MDO", Store
Clustering "SC") selling to European grocery and fashion chains.

One departing rep (u-lotte) owns all six accounts, one successor (u-tomas),
one manager of both (u-henrik).  Writes bundle.json and eval.json next to
this file.  Python 3.11 standard library only.
"""
import json
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent

DEPARTING = "u-lotte"
SUCCESSOR = "u-tomas"
MANAGER = "u-henrik"

USERS = [
    {"id": "u-lotte", "name": "Lotte Vermeulen", "email": "lotte.vermeulen@prognos.test",
     "role": "rep", "manager_id": "u-henrik", "team": "Retail EMEA"},
    {"id": "u-tomas", "name": "Tomás Ferreira", "email": "tomas.ferreira@prognos.test",
     "role": "rep", "manager_id": "u-henrik", "team": "Retail EMEA"},
    {"id": "u-henrik", "name": "Henrik Aalto", "email": "henrik.aalto@prognos.test",
     "role": "manager", "team": "Retail EMEA"},
]

ACCOUNTS = []      # bundle accounts, in order
INTERVIEWS = {}    # account id -> {bank question id: scripted answer}
QUESTIONS = []     # question dicts without ids (ids assigned at the end)


def T(s):
    """Dedent, join wrapped lines; blank lines separate paragraphs."""
    paras = re.split(r"\n\s*\n", textwrap.dedent(s).strip())
    return "\n\n".join(" ".join(p.split()) for p in paras)


def contact(cid, name, title, role, email=None, phone=None, channel=None,
            strength=None, notes=None):
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


def opp(oid, name, stage, amount, close, next_step):
    return {"id": oid, "name": name, "stage": stage, "amount": amount,
            "close_date": close, "next_step": next_step}


def act(aid, kind, at, contacts, subject, body, author=DEPARTING, direction=None):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": list(contacts), "subject": subject, "body": T(body)}
    if direction:
        a["direction"] = direction
    return a


def ask(account_id, text, gold=(), must=(), abstain=None):
    """gold: 'i:<bank id>' | 'a:<activity>' | 'c:<contact>' | 'o:<opp>' | 'acc:<account>'."""
    kinds = {"i": "interview", "a": "activity", "c": "contact", "o": "opportunity",
             "acc": "account"}
    gs = []
    for g in gold:
        k, v = g.split(":", 1)
        if k == "i":
            gs.append({"kind": "interview", "question_id": v})
        else:
            gs.append({"kind": kinds[k], "id": v})
    q = {"account_id": account_id, "question": text,
         "expect": "answer" if gs else "abstain",
         "gold_sources": gs, "must_mention": list(must)}
    if not gs:
        q["abstain_kind"] = abstain or "hard"
    QUESTIONS.append(q)


# ---------------------------------------------------------------------------
# 1. Kleinhof Frischmarkt: 3-store family grocer in Tyrol (smb)
# ---------------------------------------------------------------------------
KH = "acc-kleinhof"
ACCOUNTS.append({
    "id": KH,
    "name": "Kleinhof Frischmarkt GmbH",
    "owner_id": DEPARTING,
    "arr": 14400,
    "segment": "smb",
    "industry": "Grocery retail",
    "territory": "DACH",
    "renewal_date": "2026-12-31",
    "contract_notes": T("""
        12-month Starter subscription, renewed yearly: Forecast Core for fresh
        categories only, 3 stores (Innsbruck-Pradl, Hall in Tirol, Schwaz).
        Founding-customer price EUR 1,200/month (list EUR 1,750/month) valid
        until 31 Dec 2026, invoiced annually in advance. Standard
        business-hours support, no SLA, no feed monitoring. Customer agreed to
        act as a reference, max one reference call per quarter."""),
    "contacts": [
        contact("c-kh-franz", "Franz Kleinhof", "Geschäftsführer (Owner & Managing Director)",
                "economic_buyer", "franz.kleinhof@kleinhof-frischmarkt.test", "+43 512 384 210",
                "phone", 3, "Third-generation owner. Reads nothing longer than a page."),
        contact("c-kh-sabine", "Sabine Kleinhof-Moser", "Leiterin Einkauf (Head of Purchasing)",
                "champion", "sabine.moser@kleinhof-frischmarkt.test", "+43 664 218 7730",
                "whatsapp", 5, "Runs buying for all three stores. Voice notes welcome."),
        contact("c-kh-emre", "Emre Yilmaz", "Filialleiter Hall in Tirol (Store Manager)",
                "user", "emre.yilmaz@kleinhof-frischmarkt.test", None, "email", 3,
                "Most active daily user of the order suggestions."),
        contact("c-kh-gerda", "Gerda Pichler", "Steuerberaterin, Pichler & Partner (external accountant)",
                "influencer", "g.pichler@pichler-stb.test", "+43 512 290 455", "email", 2,
                "Pays the invoices on Kleinhof's behalf."),
        contact("c-kh-jakob", "Jakob Kleinhof", "Junior partner (MBA student, WU Wien)",
                "influencer", "jakob.kleinhof@kleinhof-frischmarkt.test", None, "email", 2,
                "Franz's son."),
    ],
    "opportunities": [
        opp("o-kh-renewal", "Renewal 2027 – Starter", "proposal", 14400, "2026-12-15",
            "Franz decides in November after the autumn figures; agree whether the founding price continues."),
        opp("o-kh-bakery", "Bakery counter forecasting add-on", "discovery", 3000, "2027-03-31",
            "8-week free pilot at the Schwaz bakery counter from January 2027."),
    ],
    "activities": [
        act("a-kh-001", "meeting", "2026-01-20T09:00:00Z", ["c-kh-franz", "c-kh-sabine"],
            "Annual kickoff 2026 – Innsbruck office", """
            Attendees: Franz Kleinhof, Sabine Kleinhof-Moser, Lotte.

            Reviewed 2025: fresh shrink down from 6.1% to 4.7% of fresh sales
            across the three stores, mostly salads, berries and the deli
            counter. Franz happy but asked whether we can go 'below four'.

            Agreed 2026 focus: fruit & veg in Hall (highest shrink), better
            Easter and Christmas peaks, and getting Emre's team to actually use
            the order suggestions instead of overriding them. Sabine wants a
            short monthly shrink summary. Next: Lotte to set up the monthly
            summary export."""),
        act("a-kh-002", "email", "2026-02-11T07:12:00Z", ["c-kh-sabine"],
            "Salat – Februar", """
            Hi Lotte, quick one. The bagged salad suggestions for Schwaz were
            too high the last two weeks, we threw away 40 bags on Monday alone.
            Is the school holiday (Semesterferien) in the calendar? Tyrol has
            them from 14 Feb. Thanks, Sabine""", direction="inbound"),
        act("a-kh-003", "call", "2026-03-04T08:15:00Z", ["c-kh-sabine", "c-kh-emre"],
            "Stale data – POS export stopped (SUP-4471)", """
            Sabine called, very upset, Emre joined from the Hall store. Since 26
            Feb the nightly sales export from their KassaPlus tills had not
            arrived: KassaPlus pushed a software update that changed the export
            folder. Our import didn't alert (Starter plan has no feed
            monitoring). Forecasts ran six days on stale sales.

            Hall in Tirol over-ordered strawberries and asparagus for the first
            warm weekend; Emre estimates about EUR 2,000 in write-offs.

            Opened support ticket SUP-4471. Raj in support fixed the import path
            the same day and re-ran the forecast. Promised a written follow-up
            and a goodwill gesture."""),
        act("a-kh-004", "email", "2026-03-12T16:40:00Z", ["c-kh-sabine", "c-kh-franz"],
            "Follow-up on the forecast data gap (SUP-4471)", """
            Dear Sabine, dear Franz,

            as promised, a short written summary. What happened: from 26 February
            to 3 March no sales files reached us after a change to the till
            export, and the forecasts for all three stores were calculated on
            old sales. We should have noticed and we didn't.

            What we changed: we have added a check on our side that emails your
            team and our support if no sales file has arrived by 06:00. There is
            no charge for this, although feed monitoring is normally part of the
            Professional plan.

            Goodwill: we will issue a credit note of EUR 300 (CN-2026-018)
            against your next invoice. I know this does not cover the full
            write-off and I am sorry for the trouble it caused in Hall.

            Best regards, Lotte""", direction="outbound"),
        act("a-kh-005", "note", "2026-04-02T13:00:00Z", ["c-kh-franz", "c-kh-jakob"],
            "Store visit Innsbruck-Pradl", """
            Visited the Pradl store with Franz. His son Jakob was there for the
            Easter break and asked sharp questions about our API and whether we
            integrate with 'proper ERPs'. Walked the fresh department: Easter
            lamb and eggs well stocked, not overstocked. Franz proud of the new
            cheese counter. Short and friendly, no commercial topics."""),
        act("a-kh-006", "email", "2026-05-19T10:05:00Z", ["c-kh-gerda"],
            "Zahlung / payment INV-26-0112", """
            Dear Ms Vermeulen,

            please note that we transferred EUR 14,100.00 today for invoice
            INV-26-0112 (annual subscription 2026, EUR 14,400.00) less credit
            note CN-2026-018 (EUR 300.00). Apologies for the delay, the credit
            note had to be booked first.

            For future invoices please always state Kostenstelle 4400 and send
            them to this address only, not to the shop.

            Kind regards, Gerda Pichler, Pichler & Partner Steuerberatung""",
            direction="inbound"),
        act("a-kh-007", "chat", "2026-06-08T18:22:00Z", ["c-kh-sabine"],
            "WhatsApp", """
            Sabine: Spargel season done!! best year ever, almost nothing thrown
            away 🙌 Franz said 'not bad' which from him is a medal

            Lotte: haha amazing, I'll put it in the monthly summary

            Sabine: pls don't make it a big deal to him, he hates fuss""",
            direction="inbound"),
        act("a-kh-008", "meeting", "2026-07-15T09:30:00Z", ["c-kh-franz", "c-kh-jakob", "c-kh-sabine"],
            "Mid-year review + renewal preview", """
            Attendees: Franz, Sabine, Jakob (on video from Vienna), Lotte. Emre
            could not join.

            H1: fresh shrink 4.2% of fresh sales, best half-year so far. Franz:
            'still not below four'.

            Renewal: I explained that the founding price runs until 31 Dec 2026
            per the original order and that from 2027 the list price would be
            EUR 1,750/month. Franz went quiet, then asked for a copy of the
            contract to be sent to him.

            Jakob asked about the bakery counter: the Schwaz in-store bakery
            throws away 15–20% of bread every day. Agreed we'd send a proposal
            for a bakery pilot. Jakob also asked whether they would get an
            export of all their data if they ever leave (yes, standard CSV
            export)."""),
        act("a-kh-009", "email", "2026-09-03T11:00:00Z", ["c-kh-jakob", "c-kh-sabine"],
            "Proposal: bakery pilot Schwaz", """
            Hi Jakob, hi Sabine,

            as discussed in July, here is our proposal: an 8-week pilot of
            bakery forecasting at the Schwaz counter, free of charge, starting
            the first week of January 2027 so it doesn't collide with the
            Christmas rush. We'd forecast bread and pastries by hour, so the
            team knows how much to bake in the morning and for the afternoon
            top-up.

            What we need: 12 months of bakery sales by hour from the till, and
            one person at the counter who writes down what was baked each day.

            If the pilot works, the add-on would cost EUR 250/month for the
            Schwaz counter.

            Best, Lotte""", direction="outbound"),
        act("a-kh-010", "call", "2026-10-06T07:45:00Z", ["c-kh-sabine"],
            "Renewal check-in", """
            Sabine: Franz wants to decide in November once the autumn (Herbst)
            numbers are in. She'll push for continuing but says 'EUR 1,750 will
            not fly'. Asked if Lotte's successor will still come in person."""),
        act("a-kh-011", "note", "2026-10-21T15:00:00Z", [],
            "Handoff note – Kleinhof", """
            Small account, big reference value for DACH. Tomás to be introduced
            to Sabine by WhatsApp voice note and a visit in November before the
            renewal decision. – Henrik""", author=MANAGER),
    ],
})

INTERVIEWS[KH] = {
    "decision_maker": T("""
        Franz. Full stop, Franz signs, it's his company, third generation, his
        grandfather opened the Pradl shop in the fifties. But, and this matters,
        he never decides alone, he basically asks Sabine 'is it good?' and if
        she says yes he signs. What he personally cares about is Schwund,
        shrink, the stuff they throw out in fresh. That's the only number he
        really looks at, he wants it under four percent, says it like a mantra.
        Doesn't care about dashboards, doesn't care about AI, if you say AI he
        glazes over. He only signs on paper btw, no DocuSign, and he comes into
        the little office above the Innsbruck store on Thursdays to do all his
        paperwork, so if you need a signature plan around a Thursday. Also, and
        nobody tells you this, for big stuff he wants to be visited, not called:
        for the renewal you sit in that office, you bring printed numbers, one
        page, shrink by store, and you let him talk about the old days for
        twenty minutes before you get to anything. His father did the buying
        himself at the wholesale market at four in the morning and Franz still
        thinks that's how real retail works, so he respects anything that looks
        like hard work and distrusts anything that looks like magic. Don't say
        'the algorithm decided', say 'your own tills show'. And bring Sabine into
        the room, always, he'll look at her before he answers anything. Second
        thing he cares about is not being tied down, he hates long contracts,
        that's why it's yearly. And from next year the son will have a say, so
        honestly the decision maker in 2027 might be a two-headed thing."""),
    "champion": T("""
        Sabine, Franz's younger sister, she runs Einkauf, buying, for all three
        shops. She's the one who found us in the first place, at the
        fresh-produce fair in Wels, 2024 I think. She's great, very direct, very
        Tyrolean, sends voice notes at 6am. What I promised her: a forecasting
        workshop for her two buyers before Easter next year, half a day, in
        Innsbruck, I said we'd do it for free, nobody's booked it yet. And I
        said someone from us would physically come by twice a year, spring and
        before Christmas. What she needs to look good: the monthly shrink
        one-pager. She presents it at the family meeting on the first Monday of
        each month, the 'Familienrat', they literally call it that. If that
        page shows shrink going down she's the hero, if it goes up Franz asks
        her why she bought software. She also wants the page split by store,
        because Emre's Hall shop always looks worse and she wants to show it's
        the location, right by the motorway exit, lots of commuters who buy
        salad at 7pm or not at all, and not Emre's team. So make sure the export goes out on the
        last working day of the month, she wants it before the weekend. Also
        she likes being asked her opinion on new features, she feels ignored
        otherwise."""),
    "hidden_commitments": T("""
        OK so stuff that's not written anywhere. One, the founding price. The
        contract says it runs to end of 2026. I told Franz on the phone, more or
        less, that I'd 'fight for it' for 2027. Not a promise-promise but he'll
        remember it as one, trust me. Two, the free workshop for Sabine's buyers
        before Easter, half a day. Three, I told Emre, Hall store manager, nice
        guy, that a mobile view for store managers is coming 'next summer'.
        That's the roadmap app thing and honestly product hasn't committed a
        date, so careful. Four, the feed alert we gave them for free after the
        data thing: that's in the email but not in the contract, and officially
        it's a Pro plan feature, so if someone in billing notices, don't take it
        away. Five, the twice-a-year visits in person. That's it I think. Oh and
        Gerda was told she'd always get one invoice per year, never monthly."""),
    "history_sensitivities": T("""
        The big one is March. Their tills are KassaPlus, small Austrian POS
        vendor, they pushed an update end of Feb that moved the export folder,
        the sales file stopped arriving and we didn't notice because Starter
        has no feed monitoring. Six days of forecasts on old data. Hall
        over-ordered strawberries and asparagus right when it got warm, Emre
        reckons two grand in write-offs. We fixed it the same day once Sabine
        called, I gave them a 300 euro credit note plus the free feed alert.
        They wanted more, Franz said 'dreihundert Euro, really?', it still
        stings a bit. Don't reopen it, but if they bring it up, don't defend,
        just say we've put the alert in. The sensitive bit: do NOT blame
        KassaPlus in front of Franz. The KassaPlus owner, Toni, is his
        Stammtisch buddy, they drink together every Friday. Blame the process,
        not Toni. Other sensitive stuff: don't call them small or 'a little
        shop', Franz hates that, they're a Familienbetrieb. And avoid using the big discounters as a
        benchmark, they're the enemy. One older thing: the first go-live in
        2024 was fine, but in the first month the forecasts were too cautious
        and Hall ran out of milk and yoghurt twice on a Saturday. Emre told
        everyone, and that's where his 'I check everything myself' habit comes
        from, so be patient when he overrides."""),
    "pricing_story": T("""
        They pay 1,200 a month, list for three stores would be 1,750. It's a
        founding-customer deal: they were our first customer in Austria, Henrik
        wanted a Tyrol logo for the DACH push, so we gave them the price in
        exchange for being a reference, max one reference call per quarter.
        Sabine does the calls, she's great on them. Billing is annual in advance
        because Gerda, their Steuerberaterin, wanted one invoice a year and
        nothing else. The Starter plan only covers fresh categories, not
        ambient, on purpose: Franz didn't want to pay for forecasting 'pasta
        that doesn't rot'. If you try to upsell ambient, forget it. Bakery is
        the only upsell that makes sense."""),
    "unexpected_use": T("""
        Funny one: Emre uses the hourly forecast to plan his deli counter
        staff. He prints the next-day forecast at like 5pm and builds the
        roster for the Feinkost counter off it, how many people on the slicer
        at 11, that kind of thing. We never built it for rostering, FC has no
        staffing feature, he just reads the curve. Sabine also uses the event
        calendar to plan their Christkindlmarkt stall in the Innsbruck old
        town, they sell Speck and cheese there in December and she sizes the
        stock off our Christmas peak. Neither is supported, so if anything in
        the hourly output changes, Emre will be the first to scream."""),
    "channels_surprises": T("""
        Franz: phone. Only phone. Before 9 in the morning, after that he's on
        the shop floor and won't pick up. Never email him attachments, he
        doesn't open them, print it and bring it. Sabine: WhatsApp, voice notes
        fine, she answers at any hour. Emre: email, he's good with email. Gerda:
        email only, formal, 'Sehr geehrte Frau Pichler' style, and invoices
        must carry Kostenstelle 4400 or she sends them back. Jakob: email or
        LinkedIn, he's a millennial, he'll answer on anything. Who must never
        be surprised: Franz, about price. If the number changes he has to hear
        it from you, on the phone, before it's on paper. And Gerda: never
        change the invoice format or timing without warning her, she once
        bounced an invoice because our logo changed. Seriously."""),
    "org_changes": T("""
        Jakob, the son, finishes his MBA at WU in Vienna next summer and comes
        into the business full time in 2027, Franz says he'll run operations.
        Jakob is the modern one, he's asked twice about APIs and 'proper ERP'
        integration, he thinks the KassaPlus setup is medieval. Could be great
        for us (bigger scope) or bad (he wants to pick his own stack). Second
        thing: they're looking at a fourth shop in Wattens, an old supermarket
        site, lease not signed last I heard, Franz is dithering. If it happens
        that's a store we'd add. Budget: Franz said IT spend stays flat next
        year, 'same as this year, not a cent more', which is part of why the
        1,750 list price is a problem."""),
    "warning_signs": T("""
        Two tells. First, Sabine goes quiet. She normally pings me three, four
        times a week on WhatsApp; if it's silence for two weeks, something's
        brewing. That happened right before the March data thing blew up,
        turned out they'd been noticing bad numbers for days and stewing.
        Second: Franz asks for 'the contract'. He did it again in July at the
        mid-year meeting. Last time he did that, in 2025, he came back two
        weeks later wanting a discount. So expect a price fight in November."""),
    "renewal_risk": T("""
        Stated reason if it slips: price. They'll say 1,750 is too much for
        three shops, which, fine, it's a lot for them. Real reason could be one
        of two. Jakob wanting his own tools when he comes in, he's been reading
        about all-in-one ERP packages that come with forecasting bundled. Or
        KassaPlus: Toni's been saying they'll add a 'free' forecasting feature
        to the tills, and if Franz's drinking buddy offers something free... you
        see the problem. Keep the founding price if you can, and get the bakery
        pilot going in Jan so Jakob has a reason to like us."""),
}

ask(KH, "whats the ticket # for the till data outage back in march?",
    ["a:a-kh-003", "a:a-kh-004"], ["SUP-4471"])
ask(KH, "How much did their bookkeeper actually wire us in May?",
    ["a:a-kh-006"], ["14,100"])
ask(KH, "Best mobile number for Franz's sister?",
    ["c:c-kh-sabine"], ["664 218 7730"])
ask(KH, "What day does the old man come in to sign stuff?",
    ["i:decision_maker"], ["Thursday"])
ask(KH, "What did we end up giving them to make up for the stale-forecast screwup?",
    ["a:a-kh-004", "a:a-kh-006", "i:history_sensitivities"], ["300"])
ask(KH, "what does the Hall shop manager do with the hour-by-hour numbers?",
    ["i:unexpected_use"], ["roster"])
ask(KH, "Who runs the cash-register company and hangs out with Franz?",
    ["i:history_sensitivities", "i:renewal_risk"], ["Toni"])
ask(KH, "What cost centre has to go on invoices so the accountant doesn't bounce them?",
    ["a:a-kh-006", "i:channels_surprises"], ["4400"])
ask(KH, "Where and when is the freebie bread-forecasting trial supposed to happen?",
    ["a:a-kh-009", "o:o-kh-bakery"], ["Schwaz", "January"])
ask(KH, "How do I tell when Sabine's getting fed up with us?",
    ["i:warning_signs"], ["WhatsApp", "quiet"])
ask(KH, "What did Emre think of the bakery pilot proposal?")
ask(KH, "How much produce did the Hall store throw away last year?")


# ---------------------------------------------------------------------------
# 2. Marelle Mode: 58-store womenswear chain, France + Belgium (mid-market)
# ---------------------------------------------------------------------------
MA = "acc-marelle"
ACCOUNTS.append({
    "id": MA,
    "name": "Marelle Mode SAS",
    "owner_id": DEPARTING,
    "arr": 168000,
    "segment": "mid_market",
    "industry": "Fashion retail",
    "territory": "France & Benelux",
    "renewal_date": "2027-03-31",
    "contract_notes": T("""
        36-month subscription from 1 April 2024 to 31 March 2027: Forecast Core
        for 58 stores (52 France, 6 Belgium), plus Markdown Optimiser (MDO)
        from April 2025. MDO at 40% off list in year one (Apr 2025 – Mar 2026),
        25% off list from April 2026. Payment terms net 60. Termination only
        for uncured material breach. Subprocessor changes notified 30 days in
        advance per the DPA."""),
    "contacts": [
        contact("c-ma-helene", "Hélène Marchetti", "Directrice Générale (CEO)", "decision_maker",
                "h.marchetti@marelle-mode.test", None, "email", 1,
                "Reach her through Claire, Yanis or her assistant."),
        contact("c-ma-claire", "Claire Dubois-Laurent", "Directrice Administrative et Financière (CFO)",
                "economic_buyer", "claire.dubois-laurent@marelle-mode.test", "+33 3 20 48 19 60",
                "email", 2, "Formal; write 'vous'. Wants numbers, not adjectives."),
        contact("c-ma-yanis", "Yanis Benali", "Head of Merchandise Planning", "champion",
                "yanis.benali@marelle-mode.test", "+33 6 71 23 45 08", "teams", 5,
                "Teams chat is the fastest way to reach him."),
        contact("c-ma-margot", "Margot Lefèvre", "DSI (Head of IT)", "blocker",
                "margot.lefevre@marelle-mode.test", None, "email", 2,
                "Security-first. Everything in writing."),
        contact("c-ma-thibault", "Thibault Roche", "Allocation & Replenishment Analyst", "user",
                "thibault.roche@marelle-mode.test", None, "teams", 4,
                "Power user of the MDO simulator."),
        contact("c-ma-ines", "Inès Carpentier", "Acheteuse, Achats indirects (Procurement)", "influencer",
                "ines.carpentier@marelle-mode.test", "+33 3 20 48 19 02", "email", 3,
                "Issues the yearly purchase order."),
    ],
    "opportunities": [
        opp("o-ma-renewal", "Renewal April 2027 (FC + MDO)", "qualification", 175000, "2027-03-31",
            "November QBR with Claire: bring the markdown margin numbers."),
        opp("o-ma-belgium-ecom", "Belgian e-commerce channel forecasting", "proposal", 38000,
            "2026-12-20", "Close the 3 open items from Margot's security questionnaire."),
    ],
    "activities": [
        act("a-ma-001", "meeting", "2026-01-14T10:00:00Z", ["c-ma-yanis", "c-ma-thibault"],
            "Summer 26 markdown planning kickoff", """
            Lille HQ, Yanis and Thibault. Agreed the timeline for the summer
            soldes: legal start Wednesday 24 June 2026. MDO first recommendation
            run 10 days before, final run on 22 June. Yanis wants the first
            markdown capped at 30% for the core range and 40% for the
            fashion-forward 'Capsule' lines. Thibault asked for an export of
            recommendations per store cluster rather than per store. Action:
            Lotte to check with product whether a cluster-level export is
            possible."""),
        act("a-ma-002", "email", "2026-02-03T09:20:00Z", ["c-ma-ines"],
            "Bon de commande 2026-2027", """
            Bonjour Lotte,

            please find attached our purchase order PO-MM-2026-00318 for the
            subscription period 1 April 2026 – 31 March 2027, amount EUR
            168,000.00 HT. Please quote this PO number on every invoice; invoices
            without it are rejected automatically by our AP tool. Payment terms
            remain 60 days.

            Cordialement, Inès Carpentier""", direction="inbound"),
        act("a-ma-003", "call", "2026-02-20T16:00:00Z", ["c-ma-yanis"],
            "Winter sale debrief", """
            Yanis on the phone, good mood. Winter soldes closed 17 Feb. Knitwear
            sell-through 81% at full clearance vs 72% last year; MDO recommended a
            30% first cut on knitwear and they followed it in 49 of 58 stores. He
            wants to present this to Claire at the April QBR and asked for help
            building the slide."""),
        act("a-ma-004", "email", "2026-03-09T08:02:00Z", ["c-ma-margot"],
            "SSO et rapport de test d'intrusion", """
            Madame, before any extension of scope (Belgian e-commerce) we require
            SAML single sign-on with our Entra ID tenant and a copy of your most
            recent penetration test summary. Please also confirm the current
            list of subprocessors. Regards, M. Lefèvre, DSI""", direction="inbound"),
        act("a-ma-005", "meeting", "2026-04-07T14:00:00Z", ["c-ma-claire", "c-ma-yanis", "c-ma-thibault"],
            "QBR – 7 April 2026, Lille", """
            Attendees: Claire Dubois-Laurent (DAF), Yanis Benali, Thibault Roche;
            Lotte and our CSM Joana Duarte (remote).

            1) Results. Yanis presented the winter markdown: knitwear
            sell-through 81% vs 72%, gross margin on marked-down stock up 1.8
            points year on year. Claire asked how much of that is MDO and how
            much is the colder January. We agreed to run a controlled comparison
            for the summer sale: a holdout of 8 stores that keep the old manual
            markdown, compared against the rest.

            2) Commercials. Claire noted the MDO discount steps down from 40% to
            25% this month and asked that the next invoice show the step
            clearly, line by line.

            3) Belgian e-commerce. Claire supportive in principle if Margot
            signs off on security.

            4) Claire asked for a quarterly one-page ROI note rather than slides.

            Next QBR: November, date TBC."""),
        act("a-ma-006", "note", "2026-05-12T07:30:00Z", ["c-ma-yanis"],
            "Incident: price endings .99 instead of .95 (SUP-5102)", """
            Mid-season promo launch on 11 May: the MDO price file for the Belgian
            and northern French stores was generated with .99 price endings
            instead of Marelle's house rule of .95. 12 stores printed and hung
            the wrong tickets before opening. Store ops (director Bruno Vasseur)
            had teams re-ticket overnight. Cause: a configuration change on our
            side during the MDO 3.2 release reset the rounding rule to the
            default. Ticket SUP-5102. Yanis took the heat from Bruno in the ops
            meeting."""),
        act("a-ma-007", "email", "2026-05-14T17:10:00Z", ["c-ma-yanis", "c-ma-claire"],
            "SUP-5102 – root cause and next steps", """
            Dear Yanis, dear Claire,

            here is the root cause of Monday's price-ending error. During the MDO
            3.2 release a configuration migration reset customer-specific
            rounding rules to the product default (.99). Your rule (.95) was
            overwritten for the Belgian and northern French store groups.

            Fix: rounding rules are now locked per customer, covered by an
            automated test, and any change requires your written sign-off.

            As a gesture we will cover the overtime your store teams spent on
            re-ticketing: please send us the hours and we will issue a credit.

            With apologies, Lotte""", direction="outbound"),
        act("a-ma-008", "chat", "2026-06-02T12:41:00Z", ["c-ma-yanis"],
            "Teams", """
            Yanis: final MDO run still 22 June right? soldes start 24th

            Lotte: yes, 22 June 18:00, with the 8 holdout stores excluded

            Yanis: 👍 and pls make sure the .95 thing is locked, Bruno will kill
            me

            Lotte: locked and tested, promise""", direction="inbound"),
        act("a-ma-009", "email", "2026-06-05T09:15:00Z", ["c-ma-claire"],
            "Avoir – re-ticketing", """
            Madame Vermeulen,

            we accept your proposal. Overtime for the re-ticketing totalled 64
            hours; we agree on a credit of EUR 2,240.00, to be deducted from
            invoice INV-26-1187.

            Cordialement, C. Dubois-Laurent""", direction="inbound"),
        act("a-ma-010", "call", "2026-07-09T10:30:00Z", ["c-ma-thibault"],
            "Thibault – simulator questions", """
            Thibault asked for an extra simulator licence for the loyalty team.
            Turns out they run the MDO simulator to set the prices for the
            ventes privées (private sales for Marelle Club members, three a
            year), which has no stock-clearance objective at all. Told him that's
            fine. He also asked for the API documentation so he can pull
            recommendations into their BI."""),
        act("a-ma-011", "email", "2026-08-28T14:55:00Z", ["c-ma-margot"],
            "Questionnaire sécurité – extension Belgique / e-commerce", """
            Please find attached our vendor security questionnaire (212
            questions). Deadline for the completed questionnaire: 30 September
            2026. Without it, the Belgian e-commerce extension cannot proceed.
            M. Lefèvre""", direction="inbound"),
        act("a-ma-012", "meeting", "2026-09-17T11:00:00Z", ["c-ma-helene", "c-ma-yanis"],
            "Meeting with Hélène Marchetti (DG) – Lille", """
            20 minutes with Hélène, Yanis present. She talked mostly about the
            e-commerce replatforming planned for 2027 and said she is hiring a
            Chief Digital Officer 'before Christmas' who will own e-commerce and
            data. She asked whether our forecasts can cover online demand by
            size. Friendly but hard to read. Yanis said afterwards it went
            well."""),
        act("a-ma-013", "email", "2026-10-01T16:20:00Z", ["c-ma-margot"],
            "Questionnaire returned – 3 open items", """
            Madame Lefèvre,

            please find the completed questionnaire attached (212 of 212
            answered). Three items remain open on our side: (1) written
            confirmation of data residency for backups, (2) our SOC 2 Type II
            bridge letter covering July to September, (3) an executive summary
            of the 2026 penetration test, which our security team will send by
            31 October.

            Best regards, Lotte Vermeulen""", direction="outbound"),
        act("a-ma-014", "note", "2026-10-15T08:00:00Z", ["c-ma-yanis", "c-ma-thibault"],
            "Rumour – Yanis", """
            Thibault mentioned, off the record, that Yanis had 'a coffee' with a
            recruiter from a big sports retailer. Nothing confirmed. If Yanis
            left we'd have no champion. Need a second relationship; Thibault is
            the obvious one."""),
    ],
})

INTERVIEWS[MA] = {
    "decision_maker": T("""
        On paper it's Claire, the DAF, so the CFO. She signs anything over 100k
        and the renewal is 175-ish, so it's hers. But Hélène, the DG, can veto
        anything and she decides on gut feel, so you need both. Claire
        personally cares about two things: gross margin points and cash. She's
        an ex-auditor, she wants numbers not adjectives, and she wants them
        before Christmas, because every January she presents the vendor review
        to the board. So the ROI note has to be on her desk by mid-December or
        you're not in the deck. Hélène cares about the brand and about
        e-commerce, she doesn't care about forecasting per se. Write to Claire
        in French if you can, or very formal English, always 'vous'. Hélène
        I've met three times in two years. Don't try to go around Claire to
        Hélène, it would be seen as a huge faux pas, Claire would never forgive
        it."""),
    "champion": T("""
        Yanis, head of merch planning. He brought us in, he defends us, he's the
        guy. Young, ambitious, ex-consultant, talks fast. What I promised him:
        early access to size-level markdown, the MDO v3 beta, when it's out,
        product says Q2 next year. And a speaking slot at Prognos Forward in
        Amsterdam next May, I basically told him it's his, marketing said
        'probably'. Please make that happen, he's told his boss. What he needs
        to look good: the 1.8 points margin story. He quotes it everywhere. He
        needs the summer holdout comparison to back it up, because Claire poked
        holes in it at the QBR, and if it comes back weak he's exposed. Also he
        needs the .95 thing to never ever happen again, Bruno from store ops
        still brings it up. He answers on Teams within minutes, email takes days. Background you
        need: his boss is the Directeur de l'Offre, Stéphane Morel, who has
        never met us, and Yanis's bonus is partly tied to full-price
        sell-through, which is why he's so keen on MDO making the first cut
        smarter rather than deeper. He also runs a little internal newsletter,
        'Le Merch Hebdo', every Friday, and if you give him a chart he'll put
        it in there, which is the cheapest marketing we'll ever get inside that
        company."""),
    "hidden_commitments": T("""
        Not in the contract: one, Margot. I promised her on a call that we'd
        tell her about any new subprocessor 60 days ahead, the DPA only says
        30. She'll hold us to 60. Two, Yanis's Amsterdam speaking slot, see
        above. Three, Thibault: I said we'd give him a half-day API training
        for free, no date yet. Four, for the Belgian e-commerce deal I told
        Yanis we'd throw in five PS days of setup for free if they sign by 20
        December. That's not in the proposal PDF, it was a verbal sweetener.
        Five, the extra simulator licence for the loyalty team: I said yes on a
        call without changing the order form, so technically they have one
        more seat than they pay for. Don't make a thing of it. Six, Claire: I
        said the quarterly ROI note would come in French. It hasn't so far,
        Joana wrote the first one in English and Claire answered in French,
        pointedly. Get marketing or Joana to translate the next one."""),
    "history_sensitivities": T("""
        Two things went wrong. The go-live in 2024 was seven weeks late, data
        mapping, their article hierarchy is a mess of collections and
        'capsules', and Claire still says she paid for two months of nothing.
        Not true, we credited half, but that's how she remembers it. The credit
        was on the third invoice and she either didn't see it or decided it
        didn't count, I've stopped arguing. During that go-live we also had
        three different project managers on our side in five months, and
        Thibault still jokes about 'le PM de la semaine', the project manager of
        the week, so don't promise him a named person unless you can keep them.
        Then May
        this year, the price-endings disaster: MDO pushed .99 endings instead of
        their .95 house rule after a release reset a config. Twelve stores hung
        wrong tickets on the morning of the mid-season promo and store ops
        re-ticketed overnight. We paid for the overtime as a credit and locked
        the rounding rules. Bruno Vasseur, the store ops director, has hated us
        since. He's not a contact in the system but he's in every ops meeting
        and Yanis has to face him. Sensitive topics: price endings (don't joke
        about it, ever), the 2024 delay with Claire, and the old Excel macros,
        Thibault wrote them and is proud of them, don't call them legacy in
        front of him."""),
    "pricing_story": T("""
        168k this year. FC is about 2,100 per store per year, 58 stores, and MDO
        on top. MDO was 40% off list for the first year because they were the
        first fashion customer on MDO, we needed a reference and Yanis did a
        webinar for us in return. It stepped down to 25% off this April, which
        Claire watched like a hawk, she wanted it line by line on the invoice.
        Net 60 instead of our usual net 30 because Claire runs a tight cash
        cycle around the soldes: cash comes in after the sales and she pays the
        clothing suppliers first. 36 months because that was the only way to
        get the MDO discount past Henrik. Termination only for breach. They
        asked for a termination-for-convenience right at month 24 and we
        refused, which Claire remembers too."""),
    "unexpected_use": T("""
        Thibault and the loyalty team use the MDO simulator, which is built to
        clear end-of-season stock, to set the prices for their ventes privées,
        the private sales for Marelle Club members. Three a year. There's no
        clearance goal, they just use the price-elasticity curves to pick a
        discount that maximises revenue per member. Clever actually. Also Yanis
        once used the FC size curves to argue with a supplier about the size
        split on a reorder, showed them the forecast by size and got them to
        cut the XS. Not designed for either. Product would love the ventes
        privées story by the way, ask Yanis before sharing it though."""),
    "channels_surprises": T("""
        Yanis: Teams chat, always, he's on it all day. Thibault: Teams too.
        Claire: email, formal, French ideally, attachments as PDF, one page.
        Never call her mobile unannounced. Margot: email only, everything in
        writing, she will not take a call without an agenda sent 48 hours
        before. Inès in procurement: email, she's quick, and she needs the PO
        number on everything, it changes every April. Hélène: you don't contact
        her, you go through Claire or Yanis or her assistant Sophie. Never
        surprise Claire with anything on an invoice, she wants to know a week
        before it lands. And never surprise Margot with anything that touches
        security or subprocessors. Last year we moved support to a new ticket
        tool and she found out from our newsletter. She sent a three-page
        letter. Don't repeat that."""),
    "org_changes": T("""
        Hélène is hiring a Chief Digital Officer, she told me in September,
        'before Christmas'. That person will own e-commerce and data, and
        possibly us. Could be good, could be a new broom. They're also
        replatforming e-commerce in 2027, so budget is shifting from stores to
        digital; Claire said store capex is frozen for 2027. And, careful with
        this one, Yanis might be leaving. Thibault hinted he's been talking to
        a recruiter from a sports retailer. Nothing confirmed, don't ask Yanis
        directly. If he goes, Thibault is the next best relationship, so build
        it now."""),
    "warning_signs": T("""
        Margot's questionnaires. Before the MDO add-on in 2025 she sent a
        180-question security questionnaire and it delayed signature by three
        months, that's her way of saying no without saying no. Now she's sent a
        212-question one for the Belgian e-commerce thing. Second: Claire not
        showing up to QBRs. In 2024, before she pushed hard on the late go-live
        credit, she sent a deputy to two QBRs in a row. She came in April so
        fine for now, watch November."""),
    "renewal_risk": T("""
        Stated reason: 'budget priorities', the shift to e-commerce, the capex
        freeze. Real reason, two options. If Yanis leaves, nobody inside defends
        MDO and Claire just sees a line item. Or Margot wants fewer vendors:
        she's pushing everything onto their ERP, Cegid, and Cegid has a basic
        replenishment module. She's never said it openly but she's asked twice
        whether we 'integrate natively'. Plan: get the holdout comparison
        strong, get Thibault to co-own the tool, get the new digital person in a
        meeting early."""),
}

ask(MA, "What PO do I stick on invoices for the current subscription year?",
    ["a:a-ma-002"], ["PO-MM-2026-00318"])
ask(MA, "When was the spring business review with the finance lady?",
    ["a:a-ma-005"], ["7 April"])
ask(MA, "What's the conference gig Lotte dangled in front of Yanis?",
    ["i:champion", "i:hidden_commitments"], ["Amsterdam"])
ask(MA, "Did we ever pay them back for the overnight re-tagging? how much?",
    ["a:a-ma-009"], ["2,240"])
ask(MA, "Whats the deadline their IT boss gave us for the security questionaire?",
    ["a:a-ma-011"], ["30 September"])
ask(MA, "What's still outstanding on our end from the security review?",
    ["a:a-ma-013", "o:o-ma-belgium-ecom"], ["SOC 2"])
ask(MA, "How are the loyalty people using the markdown tool?",
    ["i:unexpected_use", "a:a-ma-010"], ["private sale"])
ask(MA, "Why do they get two months to pay us?",
    ["i:pricing_story", "i:decision_maker"], ["cash"])
ask(MA, "When in the year does the CFO take vendors to the board?",
    ["i:decision_maker"], ["January", "board"])
ask(MA, "Did Lotte throw in any sweetener to get the Belgian online deal over the line?",
    ["i:hidden_commitments"], ["20 December"])
ask(MA, "What did the 8-store holdout comparison show for the summer sale?")
ask(MA, "What's Claire's go-to restaurant in Lille for a client dinner?", abstain="off_topic")


# ---------------------------------------------------------------------------
# 3. Nordvik Dagligvare: 212-store Norwegian grocer (mid-market, near the cap)
# ---------------------------------------------------------------------------
NV = "acc-nordvik"
ACCOUNTS.append({
    "id": NV,
    "name": "Nordvik Dagligvare AS",
    "owner_id": DEPARTING,
    "arr": 410000,
    "segment": "mid_market",
    "industry": "Grocery retail",
    "territory": "Nordics",
    "renewal_date": "2027-01-31",
    "contract_notes": T("""
        Enterprise agreement signed 1 Feb 2024, 36 months, renewal 31 Jan 2027.
        Modules: Forecast Core for 212 stores at EUR 1,530/store/year; Fresh+ at
        a flat EUR 60,000/year (free for the first 12 months as compensation for
        the delayed 2024 go-live); Promo Lift for 4 categories at EUR
        25,640/year. Annual uplift capped at Norwegian CPI + 1 percentage point.
        99.5% monthly availability SLA; service credit 5% of the monthly fee
        per breach, max 20%."""),
    "contacts": [
        contact("c-nv-ingrid", "Ingrid Solheim", "CFO", "economic_buyer",
                "ingrid.solheim@nordvik.test", "+47 55 30 40 01", "email", 3,
                "Wants a one-pager with every budget-relevant message."),
        contact("c-nv-bjorn", "Bjørn Haugland", "Supply Chain Director", "decision_maker",
                "bjorn.haugland@nordvik.test", "+47 55 30 41 12", "phone", 4),
        contact("c-nv-kari", "Kari Nygaard", "Forecasting & Replenishment Manager", "champion",
                "kari.nygaard@nordvik.test", "+47 915 62 334", "teams", 5),
        contact("c-nv-olav", "Olav Eide", "Integration Architect (IT)", "influencer",
                "olav.eide@nordvik.test", None, "email", 3, "Owns the data feeds."),
        contact("c-nv-sigrid", "Sigrid Dahl", "Category Manager Dairy & Bakery", "user",
                "sigrid.dahl@nordvik.test", None, "email", 3),
        contact("c-nv-magnus", "Magnus Berg", "Chief Operating Officer", "decision_maker",
                "magnus.berg@nordvik.test", None, None, 1,
                "Joined 3 August 2026 from a Danish discount chain. Not met yet."),
        contact("c-nv-tone", "Tone Lie", "Procurement Specialist", "other",
                "tone.lie@nordvik.test", None, "email", 2),
    ],
    "opportunities": [
        opp("o-nv-renewal", "Renewal Feb 2027", "negotiation", 426810, "2027-01-31",
            "Renewal quote sent 5 Oct (CPI + 1 = 4.1%); book an intro meeting with Magnus Berg."),
        opp("o-nv-promo", "Promo Lift – all categories", "proposal", 55000, "2026-11-30",
            "Sigrid and Kari to confirm the category list."),
        opp("o-nv-lagerholm", "Lagerholm (Sweden) pilot", "discovery", 70000, "2027-06-30",
            "Wait for the Lagerholm integration plan after the acquisition closes."),
    ],
    "activities": [
        act("a-nv-001", "email", "2026-01-08T08:30:00Z", ["c-nv-kari"],
            "Jul 2025 – forecast review", """
            Hei Lotte, Christmas numbers: fresh forecast accuracy 91.2% (WMAPE
            8.8%) across the 212 stores for weeks 50–52, best ever. Ribbe and
            pinnekjøtt were spot on; lutefisk over-forecast by 14% again, but
            nobody eats it anyway 😄 Bjørn wants to show this at the annual
            review. Can you pull the chart by region? Kari""", direction="inbound"),
        act("a-nv-002", "meeting", "2026-01-22T09:00:00Z", ["c-nv-bjorn", "c-nv-ingrid", "c-nv-kari"],
            "Annual review 2026 – Bergen HQ", """
            Attendees: Bjørn Haugland, Ingrid Solheim, Kari Nygaard; Lotte and
            Henrik. Olav not present (sent apologies, integration release).

            Ingrid opened with the budget: supply chain IT budget for 2026 is
            flat in NOK; any expansion must be self-funding within the year, and
            she wants every budget-relevant change flagged to her directly with a
            one-page summary.

            Bjørn: fresh waste target for 2026 is minus 15% against the 2024
            baseline; currently at minus 9%. The biggest remaining gaps are
            bakery (day-old bread) and ready meals in the smaller rural stores,
            where demand is lumpy and a single coach tour can empty a shelf.

            Kari presented the Christmas accuracy (91.2%) and the regional chart:
            Western Norway best, the northern stores weakest because of
            ferry-dependent deliveries.

            Promo Lift: discussed expanding from 4 categories to all. Bjørn wants
            evidence from the 17 May period first; Ingrid asked what it would
            cost, Lotte to come back with a figure after May.

            Renewal: Henrik noted the agreement runs to 31 January 2027 and that
            we would start the renewal conversation in the autumn. No objections.

            Next steps: Promo Lift workshop in May; Lotte to send the regional
            accuracy chart. Dinner afterwards at Bryggen."""),
        act("a-nv-003", "call", "2026-02-16T13:00:00Z", ["c-nv-olav"],
            "Integration roadmap – SFTP to API", """
            Olav wants to move from nightly SFTP files to our REST API by the
            end of Q3. He needs OAuth client credentials, a sandbox, and 30 days
            notice of any API change. He was blunt that the 2024 data mapping
            'was done by people who had never seen a Norwegian article number'.
            Target cutover: 30 September."""),
        act("a-nv-004", "email", "2026-03-26T10:10:00Z", ["c-nv-kari", "c-nv-sigrid"],
            "Påske – eggs and lamb", """
            Hi Lotte, Easter is early this year (5 April) and Sigrid is nervous
            about eggs: last year we ran out in 30 stores on Skjærtorsdag. Can
            your team double-check the Easter uplift for eggs and lamb in the
            Fresh+ model before Friday? We'll review the forecast accuracy for
            Easter eggs after the holiday. Kari""", direction="inbound"),
        act("a-nv-005", "note", "2026-04-14T09:00:00Z", ["c-nv-kari", "c-nv-olav"],
            "Incident INC-20260409-02 – overnight forecast job failed", """
            Night of 9–10 April the nightly forecast job failed on our side (a
            database failover did not complete). All 212 stores had no order
            suggestions on the morning of 10 April; store managers ordered
            manually from last week's quantities. Detected by Kari at 05:40,
            restored 09:15. April availability fell below the 99.5% SLA, so a
            service credit of 5% of the monthly fee applies: EUR 1,708.33. RCA
            sent to Olav on 13 April."""),
        act("a-nv-006", "email", "2026-04-20T11:25:00Z", ["c-nv-ingrid"],
            "Service credit – April incident", """
            Dear Ingrid,

            following the incident on 10 April (ref. INC-20260409-02), we have
            issued credit note CN-2026-044 for EUR 1,708.33 against the May
            invoice, in line with the SLA. The root-cause analysis went to Olav
            last week; happy to walk you through it.

            Best regards, Lotte""", direction="outbound"),
        act("a-nv-007", "meeting", "2026-05-06T12:00:00Z", ["c-nv-sigrid", "c-nv-kari"],
            "Promo Lift workshop – 17 May", """
            Workshop in Bergen with Sigrid and Kari on promotions around 17 May
            (Constitution Day): ice cream, pølser, soft drinks. Promo Lift covers
            the 4 categories in scope; Sigrid wants bakery and dairy added.
            Agreed to evaluate the 17 May promotions afterwards as the evidence
            Bjørn asked for before expanding to all categories."""),
        act("a-nv-008", "email", "2026-06-11T14:00:00Z", ["c-nv-tone"],
            "Supplier code of conduct", """
            Dear Prognos, Nordvik has updated its Supplier Code of Conduct. All
            suppliers with contracts above NOK 1 million must return a signed
            copy by 1 September 2026. Please sign and return it to
            procurement@nordvik.test. Regards, Tone Lie, Procurement""",
            direction="inbound"),
        act("a-nv-009", "call", "2026-06-30T15:30:00Z", ["c-nv-bjorn"],
            "Bjørn – Sweden", """
            Bjørn called: Nordvik is acquiring Lagerholm, a 40-store grocery chain
            in western Sweden; closing expected in September. He'd like a pilot
            there in 2027 but integration comes first. Also said his waste number
            is at minus 11% now."""),
        act("a-nv-010", "email", "2026-08-19T07:50:00Z", ["c-nv-kari"],
            "New COO", """
            Hi Lotte, FYI: Magnus Berg started as COO on 3 August. He comes from a
            Danish discount chain where they used Optimix for replenishment.
            Bjørn now reports to him instead of the CEO. Magnus has asked for a
            list of all supply chain systems and contracts. I think you should
            meet him soon. Kari""", direction="inbound"),
        act("a-nv-011", "meeting", "2026-09-02T09:00:00Z", ["c-nv-kari", "c-nv-sigrid", "c-nv-bjorn"],
            "Promo Lift expansion – proposal review", """
            17 May evaluation: forecast error on promoted items down from 34% to
            21% WMAPE in the 4 categories. Bjørn convinced in principle; wants the
            price to follow 'the same logic as the renewal'. Proposal: EUR
            55,000/year for all categories. Sigrid happy."""),
        act("a-nv-012", "chat", "2026-09-24T19:02:00Z", ["c-nv-kari"],
            "Teams", """
            Kari: heads-up, Magnus sent a memo: every vendor contract over 1 MNOK
            gets reviewed before renewal, incl. yours

            Kari: he asked me 'what would Optimix cost' 😬

            Lotte: ok, thanks for the warning. Let's get him a meeting""",
            direction="inbound"),
        act("a-nv-013", "email", "2026-10-05T10:00:00Z", ["c-nv-bjorn", "c-nv-ingrid"],
            "Renewal proposal Feb 2027", """
            Dear Bjørn, dear Ingrid,

            attached is the renewal proposal for 1 Feb 2027 – 31 Jan 2030. Per
            the agreement the uplift is capped at Norwegian CPI + 1 point; with
            CPI at 3.1% (SSB, August) the uplift is 4.1%, i.e. EUR 426,810 per
            year for the current scope. The Promo Lift expansion to all
            categories would come on top at EUR 55,000 per year.

            Happy to go through it in Bergen whenever suits.

            Best regards, Lotte""", direction="outbound"),
        act("a-nv-014", "call", "2026-10-13T12:15:00Z", ["c-nv-olav"],
            "API cutover done", """
            Olav confirmed the API cutover went live on 30 September; the nightly
            SFTP files are no longer used in production. He asked that we keep the
            SFTP endpoint available as a cold fallback 'for a while'. No issues
            since the cutover."""),
        act("a-nv-015", "note", "2026-10-21T16:00:00Z", ["c-nv-kari", "c-nv-magnus"],
            "Magnus intro – planning", """
            Magnus intro still not booked. Kari suggests 12 November in Bergen,
            after his management offsite; she'll ask his assistant. Bring the
            Christmas accuracy chart, the waste trend and the 17 May Promo Lift
            result. Don't lead with price."""),
    ],
})

INTERVIEWS[NV] = {
    "decision_maker": T("""
        Bjørn, the supply chain director. He owns the budget line for us, he's
        the one who says yes, and Ingrid the CFO signs once Bjørn's happy, she
        has never overruled him on us. At least that was true until August.
        Now there's Magnus, the new COO, and Bjørn reports to him, so
        realistically Magnus has the last word on anything big, and I've never
        met him. What Bjørn cares about personally: shelf availability in fresh
        and his waste number. His bonus is literally tied to cutting fresh
        waste 15% against 2024, Kari told me that over beers, and he's at about
        minus 11 now, so he needs us to get him over the line by year end. He's
        from Ålesund, sails, very straight talker, hates sales theatre. If you
        bring him a deck, bring three slides. Ingrid cares about predictability,
        no budget surprises, which is why the CPI cap exists. Something
        people miss: anything above 2 million NOK a year has to go to the
        audit committee of their board, which meets early December and early
        March. So if the renewal paper isn't on Ingrid's desk by late November,
        it slides to March, after the renewal date. That's the real deadline,
        not 31 January. Magnus, no idea
        what he cares about, but he came from a discounter, so probably cost."""),
    "champion": T("""
        Kari Nygaard, forecasting and replenishment manager. Best champion I
        have anywhere, honestly. She was the one who pushed for us against
        Optimix in 2023. What I've promised her: a seat on our customer
        advisory board, the CAB, from next year, I put her name forward and
        product said yes informally. And I told her Fresh+ would handle
        'day-old bread' markdowns, the evening reduced-price logic for bakery,
        by Q1 2027. That's on the roadmap but not committed, so check with
        product before you repeat it. What she needs to look good: a clean
        Christmas again, last year's 91% was her big moment, and something to
        show Magnus that isn't a price. She's worried Magnus sees her team as
        'the people who bought the expensive tool'."""),
    "hidden_commitments": T("""
        Stuff not written down. First, the Christmas war room. I promised Bjørn
        we'd send our SE Pieter up to Bergen for the last two weeks before
        Christmas, on site, free. Not in the contract, not in any email, a
        handshake at the annual review dinner. Pieter knows, I think, but check
        his calendar. Second, the SFTP fallback: Olav moved to the API on 30
        Sept, and I told him on the phone we'd keep the old SFTP endpoint alive
        as a cold backup until 31 December. Ops wanted to kill it in October.
        Don't let them. Third, I said to Bjørn that the CPI cap would also apply
        to the Promo Lift expansion, meaning if they take all categories, the
        price for that part won't go up faster than CPI plus one either. Nobody
        has written that down. Fourth, Kari's CAB seat and the day-old bread
        thing, which I mentioned. Fifth, smaller: Sigrid wanted a list of which
        bakery and dairy items Promo Lift would cover if they expand, and I
        said I'd do a proper category mapping for her. I started it, it's half
        done in the shared drive under 'Nordvik / PL expansion', finish it
        before you meet her, she's organised and she'll ask. Oh, and for the
        war room Pieter also needs a badge for the Bergen office, Kari
        arranges it, ask her two weeks ahead."""),
    "history_sensitivities": T("""
        The go-live in 2024 was four months late. Our data mapping team
        struggled with their article numbers and the EAN structure, Olav had to
        fix half of it himself, and he's never let it go. That's why Fresh+ was
        free for the first year. The word 'delay' is loaded with them, just
        avoid it. Then April this year: the nightly forecast job died on the
        night of 9 to 10 April because of a database failover on our side, 212
        stores got no order suggestions that morning, Kari caught it at 5:40. We
        paid the SLA credit and sent an RCA, Olav was okay-ish with the RCA.
        Sensitive stuff: don't mention Optimix unless they do, it's Kari's sore
        point because she fought them. Olav and the mapping. And Ingrid hates
        being told about money by anyone but Bjørn or us directly. She found out
        about the Fresh+ charge starting from an invoice in 2025, which was our fault. And one old one: during the go-live in 2024
        we sent the first invoice to the wrong entity, Nordvik Eiendom, their
        property company, and it sat there for two months. Tone still brings
        it up whenever we change anything on the billing side, so for any
        invoice change, tell her first, in writing."""),
    "pricing_story": T("""
        It's per store for FC, 1,530 per store per year, below our list of
        1,800 because they came in with 212 stores in one go and Kari fought
        procurement hard. Fresh+ is a flat 60k, free for the first twelve months
        as compensation for the late go-live, charging started Feb 2025. Promo
        Lift is on four categories only, about 25.6k. The CPI plus one cap on
        uplifts was Ingrid's condition to sign a three-year deal, she said she
        won't approve anything that grows faster than their own cost base.
        Service credits are 5% per breach, max 20%. It's a fair deal for them,
        on the low side for us. The renewal quote I sent in October used the
        cap, 4.1%."""),
    "unexpected_use": T("""
        The Fresh+ waste forecast, the bit that predicts what will be left over
        at closing, they use it to schedule pickups with Matsentralen, the
        Norwegian food bank network. Stores with a predicted surplus get a pickup
        booked the day before. It's also how they fill their ESG report, the 'kg
        donated' number comes partly from our forecast. We never designed Fresh+
        for that, it's meant to reduce orders, not plan donations. Sigrid's team
        also uses the Promo Lift output to tell the bakery suppliers how many
        extra loaves to bake for promos. Both lovely stories, Kari did a
        LinkedIn post about the food bank thing that got a lot of likes."""),
    "channels_surprises": T("""
        Kari: Teams chat or her mobile, she answers fast, even evenings. Bjørn:
        phone, call him, he doesn't read long emails, and don't text him.
        Ingrid: email with a one-pager, always, and anything budget-related
        must go to her directly, not only via Bjørn. Olav: email, with tickets
        referenced, and give him 30 days notice of any API change, that's a rule
        in his head. Tone in procurement: email with PDFs, she's
        process-driven. Sigrid: email, she's easy. Magnus: unknown, go via Kari
        or his assistant. Never surprise Ingrid on money, ever, and never
        surprise Olav on anything technical. Also Kari must never be surprised
        by something Magnus hears first, she needs to be in the loop before any
        exec meeting."""),
    "org_changes": T("""
        Big ones. Magnus Berg, new COO since August, came from a Danish
        discounter where they ran Optimix. He's asked for a list of all supply
        chain systems and contracts, and sent a memo that every vendor contract
        over 1 million NOK gets reviewed before renewal. That's us. Bjørn now
        reports to Magnus, not to the CEO anymore, which is a demotion in all
        but name, and Bjørn's a bit bruised. Second, they're buying Lagerholm,
        40 stores in western Sweden, closing was expected in September, I
        haven't confirmed it closed. That's an expansion opportunity if we
        survive the review. Third, Olav's team moved to the API, done. Budget:
        Ingrid said supply chain IT is flat, expansions have to pay for
        themselves."""),
    "warning_signs": T("""
        When Olav starts cc'ing his boss, the CTO, Per Ström, on routine stuff,
        something's coming. That happened in 2024 right before they escalated
        the go-live formally to Henrik. And when Tone sends procurement forms
        out of cycle: in 2023 a surprise vendor questionnaire from her was the
        first sign of the RFP where we competed with Optimix, and we only won
        it back because Kari dug in. The code of conduct thing in June might be
        nothing, might be a sign. Also, Kari joking about Optimix is a sign
        she's worried."""),
    "renewal_risk": T("""
        Stated reason if it slips: 'aligning supply chain systems across the
        group'. Magnus's review, the Lagerholm integration, standardisation
        talk. Real reason: Magnus knows Optimix from Denmark and likes it, and a
        new COO wants to put his own stamp on things. Also price; they're on a
        low price already, but Magnus will compare. Bjørn would defend us but
        he's weaker now. Get Magnus in a room with Kari and the Christmas
        numbers before the review lands on his desk, and get Pieter up there for
        the Christmas war room, that'll be the proof."""),
}

ask(NV, "What's the incident ref for the night the forecasts didn't run in April?",
    ["a:a-nv-005", "a:a-nv-006"], ["INC-20260409-02"])
ask(NV, "How much money did we knock off their bill for that outage?",
    ["a:a-nv-005", "a:a-nv-006"], ["1,708.33"])
ask(NV, "Kari's mobile number pls",
    ["c:c-nv-kari"], ["915 62 334"])
ask(NV, "When did the new ops chief actually start?",
    ["a:a-nv-010", "c:c-nv-magnus", "i:org_changes"], ["3 August"])
ask(NV, "What waste number is Bjørn's bonus riding on?",
    ["i:decision_maker", "a:a-nv-002"], ["15%"])
ask(NV, "Who collects the surplus fresh food thanks to their off-label use of Fresh+?",
    ["i:unexpected_use"], ["Matsentralen"])
ask(NV, "What % increase did we put in the renewal quote?",
    ["a:a-nv-013", "i:pricing_story", "o:o-nv-renewal"], ["4.1%"])
ask(NV, "Who's supposed to camp out at Nordvik HQ over the Xmas rush, and is that on paper anywhere?",
    ["i:hidden_commitments", "i:renewal_risk"], ["Pieter"])
ask(NV, "Until when did Lotte promise Olav the legacy file drop stays up?",
    ["i:hidden_commitments"], ["31 December"])
ask(NV, "When is the sit-down with the new COO pencilled in?",
    ["a:a-nv-015"], ["12 November"])
ask(NV, "What was the forecast accuracy for Easter eggs?")
ask(NV, "Did we ever send back the signed supplier code of conduct?")


# ---------------------------------------------------------------------------
# 4. Casa Verde Supermercados: 34-store family grocer, Valencia (mid-market)
# ---------------------------------------------------------------------------
CV = "acc-casaverde"
ACCOUNTS.append({
    "id": CV,
    "name": "Casa Verde Supermercados S.L.",
    "owner_id": DEPARTING,
    "arr": 72000,
    "segment": "mid_market",
    "industry": "Grocery retail",
    "territory": "Iberia",
    "renewal_date": "2027-05-31",
    "contract_notes": T("""
        24-month subscription from 1 June 2025: Forecast Core for all stores at
        a flat EUR 6,000/month regardless of store count (currently 34 stores,
        Valencia region). Invoiced quarterly (EUR 18,000 per quarter). Annex B:
        support in Spanish, business hours CET. Early-exit clause: the customer
        may terminate at month 12 if the jointly measured forecast accuracy KPI
        (WMAPE below 25% on the top 500 SKUs) is not met."""),
    "contacts": [
        contact("c-cv-javier", "Javier Ortega Puig", "Director General (CEO, family owner)",
                "economic_buyer", "javier.ortega@casaverde.test", "+34 963 51 22 90",
                "in_person", 3, "Prefers meeting in person in Valencia."),
        contact("c-cv-lucia", "Lucía Ferrer", "Directora de Compras (Head of Buying)", "champion",
                "lucia.ferrer@casaverde.test", "+34 617 88 45 12", "whatsapp", 4,
                "Long WhatsApp voice notes; expects same-day answers."),
        contact("c-cv-pau", "Pau Soler", "Responsable de Sistemas (IT Manager)", "user",
                "pau.soler@casaverde.test", "+34 963 51 22 97", "email", 3),
        contact("c-cv-marta", "Marta Ibáñez", "Controller", "influencer",
                "marta.ibanez@casaverde.test", None, "email", 2),
        contact("c-cv-raul", "Raúl Ortega Sanz", "Director de Operaciones (Head of Store Operations)",
                "blocker", "raul.ortega@casaverde.test", None, "phone", 1,
                "Javier's cousin. Go through Lucía."),
    ],
    "opportunities": [
        opp("o-cv-promo", "Promo Lift – paid rollout after pilot", "proposal", 14000, "2026-12-15",
            "Proposal sent 7 Oct; Lucía to walk Javier through the pilot results."),
        opp("o-cv-renewal", "Renewal June 2027", "qualification", 72000, "2027-05-31",
            "Joint KPI review in November; renewal quote to Marta for the 2027 budget."),
    ],
    "activities": [
        act("a-cv-001", "meeting", "2026-01-13T10:00:00Z", ["c-cv-lucia", "c-cv-javier"],
            "Reyes post-mortem – Valencia", """
            Roscón de Reyes: forecast was 18% under actual on 5 January in the
            coastal stores; sold out by noon in Gandia and Cullera. Lucía wants a
            dedicated Reyes event with store-level uplift for next year. Javier
            joined for 20 minutes and asked mostly about fruit & veg shrink.
            Agreed: Lotte to add regional events (Reyes, Fallas, Hogueras, local
            patron saints) to the event calendar."""),
        act("a-cv-002", "email", "2026-02-05T08:45:00Z", ["c-cv-pau"],
            "Maestro de artículos – errores", """
            Hola Lotte, after the January article master upload, 1,100 SKUs have
            no category in your system and are forecast with the default
            profile. Our export is correct (I checked twice). Can your team look
            at it? I opened ticket SUP-4620. Pau""", direction="inbound"),
        act("a-cv-003", "call", "2026-02-26T17:00:00Z", ["c-cv-lucia"],
            "Fallas planning", """
            Lucía: Fallas runs 15–19 March; the central Valencia stores see beer,
            water, buñuelo ingredients (flour, oil) and chocolate spike two to
            three times. Not in the calendar yet; promised to add Fallas before 5
            March. She also passed on that SUP-4620 was traced to our import
            mapping their 'familia' field wrongly, not to their data."""),
        act("a-cv-004", "email", "2026-03-24T09:30:00Z", ["c-cv-lucia", "c-cv-javier"],
            "Fallas – resultados", """
            Hola Lucía, hola Javier,

            first Fallas read for the 9 central Valencia stores: forecast
            accuracy on the event categories 78% (WMAPE 22%), against roughly
            54% that the model would have reached without the event flag. Beer
            availability held at 98.6% through the whole week, and the buñuelo
            flour and oil did not run out anywhere.

            Un saludo, Lotte""", direction="outbound"),
        act("a-cv-005", "meeting", "2026-04-15T11:00:00Z", ["c-cv-lucia", "c-cv-pau"],
            "Promo Lift pilot kickoff", """
            Pilot: 6 stores (Valencia Ruzafa, Benimaclet, Torrent, Gandia,
            Sagunto, Alzira), 8 weeks from 4 May. We measure promo forecast error
            against their current method (buyer estimate in Excel). Free pilot.
            Pau to deliver the promo calendar feed weekly."""),
        act("a-cv-006", "email", "2026-05-28T08:05:00Z", ["c-cv-marta"],
            "Pago factura INV-26-0733", """
            Buenos días,

            we paid invoice INV-26-0733 (Q2 2026, EUR 18,000.00) by bank
            transfer on 27 May. Please note our new registered address from 1
            June: Calle de la Logística 14, 46980 Paterna (Valencia). Update
            your invoices accordingly.

            Saludos, Marta Ibáñez, Controller""", direction="inbound"),
        act("a-cv-007", "note", "2026-06-16T18:00:00Z", ["c-cv-raul", "c-cv-lucia"],
            "Raúl – complaint about the forecasts", """
            Raúl called Javier (not us) to say his store managers 'don't trust the
            machine' and that the Excel they had before was better. Lucía told me.
            Raúl's team overrides about 40% of order suggestions in fruit & veg.
            No data behind the complaint, but Javier listens to him."""),
        act("a-cv-008", "email", "2026-06-25T15:00:00Z", ["c-cv-javier"],
            "Revisión KPI mes 12", """
            Estimado Javier,

            as we discussed by phone today, we agree to hold the joint month-12
            KPI review in November instead of June, so that the measurement
            covers a full six months after the master-data fix (SUP-4620). The
            early-exit right under the contract stays available to you until 30
            November 2026.

            Un cordial saludo, Lotte Vermeulen""", direction="outbound"),
        act("a-cv-009", "meeting", "2026-07-22T10:00:00Z", ["c-cv-lucia", "c-cv-pau", "c-cv-javier"],
            "Promo Lift pilot – results", """
            Attendees: Lucía, Pau, Javier (last 30 minutes), Lotte. Valencia HQ.

            Results of the 8-week pilot in 6 stores (4 May – 28 June): promo
            forecast error down from 41% (buyer estimate in Excel) to 30% with
            Promo Lift, i.e. 11 points better. Out-of-stocks on promoted items
            down by about a third; leftover promo stock after the promo week down
            17% in the two coastal stores. Biggest wins: summer drinks and the
            watermelon promotion. Weakest: the 3x2 offers on detergents, where
            the model over-forecast.

            Pau: the weekly promo calendar feed worked, but it still depends on
            one buyer filling in a spreadsheet on Fridays; he wants to automate
            it from their ERP next year.

            Lucía wants to roll out to all 34 stores from January. Javier:
            'interesting, send me a price'. Lucía delighted. Next: Lotte to send
            a proposal after the summer."""),
        act("a-cv-010", "chat", "2026-09-10T20:14:00Z", ["c-cv-lucia"],
            "WhatsApp", """
            Lucía: Javier just confirmed 3 new stores in Alicante province for
            spring 2027 (Elche, Dénia, Alicante city)

            Lucía: and the Paterna DC opens in January, they'll want forecasts
            for the DC too, can we?

            Lotte: yes, DC-level forecasting is part of FC. Let's talk price
            carefully 🙂""", direction="inbound"),
        act("a-cv-011", "email", "2026-10-07T12:00:00Z", ["c-cv-lucia"],
            "Propuesta Promo Lift", """
            Hola Lucía,

            attached is the Promo Lift proposal: all 34 stores, EUR 14,000 per
            year, starting January 2027, same setup as the pilot with the weekly
            promo calendar feed from Pau. Happy to present it to Javier with you.

            Un abrazo, Lotte""", direction="outbound"),
        act("a-cv-012", "call", "2026-10-19T09:40:00Z", ["c-cv-marta"],
            "Budget 2027", """
            Marta: the 2027 budget closes early this year because of the Paterna
            DC. She needs the renewal quote and the Promo Lift price by 15
            November, otherwise it won't be in the 2027 budget and any new spend
            waits for the mid-year revision. She also asked whether DC
            forecasting costs extra."""),
    ],
})

INTERVIEWS[CV] = {
    "decision_maker": T("""
        Javier. He's the owner, second generation, he decides. But it's a family
        business in the proper Valencian sense: big decisions go past his
        father, Don Vicente, who founded the company and is still 'presidente'
        on paper. Javier literally takes things to the Sunday family lunch,
        paella in El Palmar, I'm not joking, and you hear the answer on Monday.
        So never push for a decision on a Friday. What Javier cares about: no
        surprises in margin, fruit and veg shrink (always asks about it first),
        and his family's name, the stores carry it in every town. He's warm but
        proud, don't ever call Casa Verde 'small' or 'a regional player' to his
        face. Raúl, his cousin, runs store ops and has Javier's ear. He can't
        sign, but he can kill things. Meetings with Javier: in person in
        Valencia, he doesn't like video calls. The sequence that works for
        anything commercial: Lucía pre-sells it to him first, then you go to
        Valencia and it's lunch, not the office, he never decides anything in
        the office, then it goes to the family lunch, then you get a call on
        Monday from Lucía, not from Javier. If Javier calls you himself on a
        Monday it's usually a no; he does the bad news personally, he thinks
        that's the decent thing."""),
    "champion": T("""
        Lucía Ferrer, head of buying. She found us, she ran the pilot, she
        loves the event calendar. What I promised her: a Reyes model for
        January 2027, store-level uplift for roscón, because we under-forecast
        by 18% this year and the coastal stores sold out. And I promised that
        Fallas, Hogueras and the local patron saint days go into the calendar
        permanently, which is done. She needs to look good with Javier, and the
        thing that does it is the Promo Lift pilot result, 11 points better than
        her buyers' Excel. She wants to turn that into the paid rollout, it's
        her project. She also wants to speak at a conference about it one day,
        she's mentioned it. Be nice to her WhatsApp voice notes, they're long,
        answer the same day."""),
    "hidden_commitments": T("""
        One. Promo Lift: I told Lucía in a voice note that if Javier signs this
        year, the first three months are free. Not in the proposal. Honour it.
        Two. Pau asked for a second sandbox environment for testing their new
        ERP interface, I said yes, free, on a call. Hasn't been provisioned
        yet, talk to support. Three. Raúl: I promised him a day in the stores
        with his managers, in Gandia, to go through why the forecasts say what
        they say. He hasn't taken me up on it but he'll remember. Four. DC
        forecasting for Paterna: I told Lucía it's 'part of FC', which is true
        technically, but I didn't say whether it costs extra. Marta asked.
        Decide that before 15 November. Five. Everything in Spanish: it's in
        Annex B for support, but I also promised all account meetings in
        Spanish, which is why you need your Spanish, Tomás, lucky you. Six. The Reyes
        model: I told Lucía it would be live for Reyes 2027, so the roscón
        uplift by store has to be in the calendar by mid-December at the
        latest; data science has this year's Reyes sales. Seven, small: I
        promised Pau we'd stop emailing him from no-reply addresses. The
        support tool does it and his spam filter eats them, so he asked for a
        named person in support who writes from a real address. I put Carla
        from support on it, she's from Murcia, she's great, keep her on it."""),
    "history_sensitivities": T("""
        February: the article master thing. After their January upload 1,100
        SKUs had no category on our side and were forecast with a default
        profile. Our onboarding guy said in a meeting, in front of Javier, that
        'the customer's data is dirty', and it turned out it was our import
        mapping their 'familia' field wrong. Pau was humiliated and he's still
        sore. We fixed it and apologised, but Pau remembers. Second: Raúl's
        campaign. Since spring he says the stores don't trust the forecast and
        Excel was better, his managers override a lot in fruit and veg.
        Sensitive: never blame their data again in front of Javier; Raúl, don't
        argue with him in public, he's family; and the early-exit clause, don't
        bring it up, let them bring it up. Also they had a bad experience with a
        previous vendor, Datalia, who went bust in 2023 and left them without
        forecasts for two months. That's why they wanted the exit clause."""),
    "pricing_story": T("""
        Flat 6,000 a month, not per store, because Javier refused per-store
        pricing: he's opening stores and didn't want a bill that grows every
        time he cuts a ribbon. We accepted because 34 stores at our per-store
        list comes to about the same. Quarterly invoices, 18k each, because
        Marta manages cash quarterly. The month-12 exit clause if accuracy is
        bad, that's the Datalia trauma, they wanted a way out. We postponed the
        KPI review to November after the master-data mess, with their
        agreement. 24 months because Javier wouldn't go longer with a new
        vendor. Store count goes up with Alicante and the flat price means we
        don't gain from that, so the renewal is where we fix it."""),
    "unexpected_use": T("""
        Lucía uses the forecast in supplier negotiations. She takes our volume
        forecast for the next quarter to the big suppliers and negotiates
        rappels, the volume rebates, against it. She says it's the first time
        she's had a number the suppliers can't argue with. Not a use case we
        designed, FC isn't a negotiation tool. And Pau uses the event calendar
        to pick maintenance windows for their IT: he avoids any day with a
        flagged event, so he never takes the tills down during Fallas. Cute."""),
    "channels_surprises": T("""
        Lucía: WhatsApp, voice notes, same-day answers expected. Javier: phone
        or in person in Valencia, he doesn't do video and he doesn't read long
        emails, his assistant prints them. Marta: email, formal, and everything
        invoice-related must match exactly; the new Paterna address has been on
        the invoices since June. Pau: email or Teams, technical, likes detail.
        Raúl: don't contact him directly, go through Lucía, or through Javier.
        Never surprise Marta with anything that changes an invoice. And Raúl
        must hear about any change that touches the stores before his managers
        do, otherwise he takes it as an insult and calls Javier."""),
    "org_changes": T("""
        They're opening a new distribution centre in Paterna in January 2027,
        and they already moved the registered office there in June. Until now
        suppliers mostly deliver direct to stores, so the DC changes everything,
        they'll want DC-level forecasts and that's a scope question. Three new
        stores in Alicante province for spring 2027: Elche, Dénia and Alicante
        city. Javier's daughter, Carmen, is doing a year at the company as a
        management trainee, the rumour is she's being groomed, and I think
        it's true; she's sharp and speaks English. Budget: Marta says the 2027 budget closes early because
        of the DC capex."""),
    "warning_signs": T("""
        Raúl's complaints rise before budget season. He did it last autumn too
        and he's going to do it again now, watch. When
        Javier cancels an in-person meeting and offers a call instead,
        something's wrong: he did that in April right before they almost pulled
        out of the Promo Lift pilot, Lucía saved it. And if Pau stops answering
        tickets within a day, he's been told to deprioritise us."""),
    "renewal_risk": T("""
        Stated reason: the KPI, 'accuracy not good enough'. They have the exit
        clause, they'll use its language. Real reason: Raúl. He wants his Excel
        and his store managers' gut feel, and Javier doesn't want a family
        fight. Second real reason: money for the DC. If the DC capex overruns,
        Marta will cut anything not essential. So: get the November KPI review
        strong, get Raúl his store day, and get DC forecasting priced before
        Marta's deadline."""),
}

ask(CV, "How much did the controller pay us for Q2, and when?",
    ["a:a-cv-006"], ["18,000", "27 May"])
ask(CV, "whats the ticket no. for the product-master mess in feb?",
    ["a:a-cv-002", "a:a-cv-003", "a:a-cv-008"], ["SUP-4620"])
ask(CV, "How did the promo trial actually go, numbers-wise?",
    ["a:a-cv-009", "i:champion"], ["11 points"])
ask(CV, "Which family member can torpedo this even tho he has no signing power?",
    ["i:decision_maker", "c:c-cv-raul", "a:a-cv-007", "i:renewal_risk",
     "i:history_sensitivities"], ["Raúl"])
ask(CV, "When's the new Paterna warehouse opening?",
    ["i:org_changes", "a:a-cv-010"], ["Paterna", "January"])
ask(CV, "How is Lucía using our numbers when she haggles with suppliers?",
    ["i:unexpected_use"], ["rebate"])
ask(CV, "What did we settle with Javier about the year-one accuracy check?",
    ["a:a-cv-008", "i:pricing_story", "o:o-cv-renewal", "i:renewal_risk"], ["KPI", "November"])
ask(CV, "By when does the numbers person need our 2027 pricing?",
    ["a:a-cv-012", "i:hidden_commitments"], ["15 November"])
ask(CV, "Why's it one flat monthly fee instead of charging per shop?",
    ["i:pricing_story"], ["opening stores"])
ask(CV, "Who's the family patriarch Javier runs the big calls past?",
    ["i:decision_maker"], ["Vicente"])
ask(CV, "What was the result of the joint KPI review in November?")
ask(CV, "What does Raúl think of the Promo Lift pilot?")


# ---------------------------------------------------------------------------
# 5. Brennan & Finch: 118-store fashion & homeware chain, Ireland (enterprise)
# ---------------------------------------------------------------------------
BF = "acc-brennan"
ACCOUNTS.append({
    "id": BF,
    "name": "Brennan & Finch Retail Ltd",
    "owner_id": DEPARTING,
    "arr": 540000,
    "segment": "enterprise",
    "industry": "Fashion & homeware retail",
    "territory": "UK & Ireland",
    "renewal_date": "2026-12-31",
    "contract_notes": T("""
        Master subscription agreement since January 2023; renewed January 2025
        for 24 months to 31 December 2026. Modules: Forecast Core, Markdown
        Optimiser (MDO) and Store Clustering (SC) for 118 stores in Ireland and
        Northern Ireland. 18% multi-year discount on list. Includes 20
        professional services (PS) days per calendar year; unused days do not
        roll over. Invoices must quote a valid Brennan & Finch PO number or they
        are rejected by AP. Governing law: Ireland."""),
    "contacts": [
        contact("c-bf-declan", "Declan Brennan", "Chief Executive", "decision_maker",
                "declan.brennan@brennanfinch.test", None, "in_person", 2,
                "Only at QBRs or via Aoife."),
        contact("c-bf-aoife", "Aoife Gallagher", "Chief Financial Officer", "economic_buyer",
                "aoife.gallagher@brennanfinch.test", "+353 1 675 2210", "email", 3,
                "Ex-KPMG. Reads every clause."),
        contact("c-bf-ciaran", "Ciarán Walsh", "Head of Merchandising & Planning", "champion",
                "ciaran.walsh@brennanfinch.test", "+353 87 314 2290", "whatsapp", 5),
        contact("c-bf-priya", "Priya Raman", "Data & BI Lead", "user",
                "priya.raman@brennanfinch.test", None, "teams", 4),
        contact("c-bf-niall", "Niall Doherty", "Head of IT", "influencer",
                "niall.doherty@brennanfinch.test", None, "servicenow", 2,
                "Wants everything raised as a ServiceNow ticket."),
        contact("c-bf-sinead", "Sinéad Byrne", "Procurement Manager", "other",
                "sinead.byrne@brennanfinch.test", "+353 1 675 2288", "email", 3),
    ],
    "opportunities": [
        opp("o-bf-renewal", "Renewal 2027 (3-year option)", "negotiation", 560000, "2026-12-31",
            "Awaiting Aoife's response to the 3 September offer; Sinéad says it is with legal."),
        opp("o-bf-homeware", "Store Clustering for homeware departments", "on_hold", 45000,
            "2027-03-31", "Parked by Aoife until the renewal is signed."),
    ],
    "activities": [
        act("a-bf-001", "email", "2026-01-09T09:00:00Z", ["c-bf-priya"],
            "January sale – first read", """
            Hi Lotte, first week of the January sale: MDO recommended a 40% first
            cut on outerwear; we followed it in 95 stores and held at 30% in the
            23 NI stores as Ciarán wanted. Sell-through week one 38% vs 31% last
            year. Full read after week 4. Priya""", direction="inbound"),
        act("a-bf-002", "meeting", "2026-01-28T10:00:00Z",
            ["c-bf-aoife", "c-bf-ciaran", "c-bf-declan", "c-bf-priya"],
            "QBR Q1 – Dublin head office", """
            Attendees: Aoife Gallagher, Ciarán Walsh, Priya Raman; Declan Brennan
            joined for the last 15 minutes. Lotte on site.

            Season review: clearance stock at the end of the winter season was
            13.5% of intake vs 16% a year ago (Ciarán's target is under 12%).
            Outerwear and knitwear improved most, footwear flat. Priya showed MDO
            adoption: recommendations followed in 81% of store-line decisions,
            with overrides concentrated in the NI stores where Ciarán asked for
            shallower first cuts.

            Commercials: Aoife raised the 2027 renewal early. She wants
            predictability over three years and asked whether a flat price is
            possible; Lotte to come back with options after the summer. Any price
            conversation should include Sinéad in procurement.

            Declan asked one question: 'is this working in the Northern Ireland
            stores?' Answered yes, with the Newry and Lisburn numbers. He left
            happy.

            PS days: 20 available for 2026, none used yet. Next QBR in late
            spring."""),
        act("a-bf-003", "email", "2026-02-18T11:30:00Z", ["c-bf-sinead"],
            "Purchase order 2026", """
            Dear Lotte,

            please find our purchase order 4500128843 for the 2026 subscription,
            EUR 540,000.00 excl. VAT. This PO must appear on all invoices; AP will
            reject invoices without it.

            Kind regards, Sinéad Byrne, Procurement Manager""", direction="inbound"),
        act("a-bf-004", "call", "2026-03-05T14:00:00Z", ["c-bf-niall"],
            "IT security review", """
            Niall: annual vendor review. Needs our ISO 27001 certificate (renewed
            in February), confirmation of data location (Dublin + Frankfurt) and
            MFA on all admin accounts. All sent the same day. He mentioned they
            are evaluating a new data platform."""),
        act("a-bf-005", "note", "2026-03-30T08:00:00Z", ["c-bf-ciaran", "c-bf-priya"],
            "Incident SUP-4893 – clustering overrides lost", """
            On 27 March the scheduled Store Clustering recalculation overwrote the
            manual cluster overrides Ciarán's team had set for the 23 Northern
            Ireland stores. The spring range allocation then went out on the
            wrong clusters: summer-weight lines were sent to stores that still
            needed knitwear. Ciarán's team redid the allocation over the weekend
            of 28–29 March. Root cause: the recalculation ignored the override
            lock flag after the SC 2.4 release. Ticket SUP-4893."""),
        act("a-bf-006", "email", "2026-04-02T17:45:00Z", ["c-bf-ciaran", "c-bf-aoife"],
            "SUP-4893 – apology and remediation", """
            Dear Ciarán, dear Aoife,

            I'm sorry for last week's clustering error and for the weekend it
            cost Ciarán's team. The fix was deployed on 31 March: manual
            overrides are now versioned and a recalculation can no longer
            overwrite a locked cluster.

            As remediation we are adding five extra PS days to your 2026
            allowance (25 instead of 20), at no charge. A full root-cause report
            follows by Friday.

            Best regards, Lotte""", direction="outbound"),
        act("a-bf-007", "meeting", "2026-05-21T13:00:00Z", ["c-bf-ciaran", "c-bf-priya"],
            "PS days check-in", """
            PS day usage 2026: 11 of 25 used (20 contracted plus the five
            remediation days). Planned next: 4 days for the summer sale setup and
            3 for the autumn clustering review. Priya would like 2 days for a
            Power BI template on our outputs."""),
        act("a-bf-008", "email", "2026-06-17T08:10:00Z", ["c-bf-ciaran"],
            "Summer sale", """
            Lotte, the summer sale starts 26 June. Can we have the MDO run on the
            24th so we can review it? Also, Declan wants the NI stores looked at
            separately again. Cheers, Ciarán""", direction="inbound"),
        act("a-bf-009", "chat", "2026-07-08T07:35:00Z", ["c-bf-ciaran"],
            "WhatsApp", """
            Ciarán: board yesterday. Declan asked 'what are we doing with AI' and
            Aoife said 'we have a forecasting vendor'. not sure that's good or
            bad 😅

            Lotte: good I think! want a one-pager for Declan?

            Ciarán: yes pls, nothing technical""", direction="inbound"),
        act("a-bf-010", "email", "2026-08-12T16:00:00Z", ["c-bf-aoife"],
            "Renewal", """
            Lotte, ahead of the renewal we'd like a 3-year option with a flat
            annual price and a break clause at 24 months. Please also note that
            Project Tern, our cost programme, requires every vendor renewal to
            show a saving or a documented value case. Aoife""", direction="inbound"),
        act("a-bf-011", "meeting", "2026-09-03T10:00:00Z", ["c-bf-aoife", "c-bf-sinead"],
            "Renewal workshop", """
            Offered: 3-year term at EUR 560,000 per year, flat for years 1 and 2,
            2% uplift in year 3; break clause at 24 months with 6 months notice;
            homeware clustering could be added at EUR 30,000/year if signed by 31
            December. Aoife: 'we'll review'. Sinéad to run it past legal."""),
        act("a-bf-012", "email", "2026-09-29T12:20:00Z", ["c-bf-niall"],
            "Data platform", """
            Lotte, we are moving our analytics platform to Microsoft Fabric in
            2027. From Q2 2027 we'd want your forecast outputs delivered to Azure
            Blob Storage instead of SFTP. Please confirm feasibility via a
            ServiceNow ticket. Niall""", direction="inbound"),
        act("a-bf-013", "call", "2026-10-09T07:50:00Z", ["c-bf-ciaran"],
            "Ciarán – org news", """
            Ciarán: a new Chief Merchandising Officer, Gemma Kinsella, joins in
            January from a UK department store group. Ciarán will report to her.
            He doesn't know her views on forecasting tools; her old employer ran
            an in-house system, he thinks."""),
        act("a-bf-014", "note", "2026-10-22T17:00:00Z", ["c-bf-aoife", "c-bf-sinead"],
            "Renewal status", """
            No answer from Aoife to the 3 September offer, seven weeks now.
            Sinéad says it's 'with legal'. Expect a counter-proposal."""),
    ],
})

INTERVIEWS[BF] = {
    "decision_maker": T("""
        Formally Declan signs, he's the CEO and it's his family's name over the
        door. But he signs what Aoife recommends. Aoife runs the process, she's
        the CFO, ex-KPMG, reads every clause twice and then asks about the
        clause you didn't mention. What she cares about: predictability. Flat
        price, no surprises, multi-year. Project Tern, their cost programme,
        means she has to show a saving or a value case for every renewal.
        Declan cares about the story for the board and, weirdly specific, the
        Northern Ireland stores. His grandfather opened the first Brennan's in
        Newry in 1952, so NI is personal. If something goes wrong up there he
        hears about it and he takes it personally. Aoife's rhythm, useful to
        know: she clears her inbox on Sunday evenings, so an email that lands
        Sunday at six gets read and one that lands Monday morning gets buried.
        Their board meets every second month and she wants any paper a week
        before, and she'll send it back if it has more than one page of
        numbers. In practice: win Aoife, keep
        Declan happy with one non-technical page a quarter, and never embarrass
        him in front of the board."""),
    "champion": T("""
        Ciarán, head of merch and planning. He's the reason we're there, he ran
        the original evaluation. What I promised him: early access to the MDO
        what-if feature, the scenario simulator for clearance, beta in Q1, and
        I said I'd write a reference for his team's entry to the Retail
        Excellence Ireland awards, a letter basically. He wants that award,
        it's his thing this year. What makes him look good internally:
        clearance stock under 12% of intake at the end of the season, that's
        his KPI, he was at 13.5 after winter, so close. With the new merch
        director coming in he'll need to show her that what he built works.
        He's on WhatsApp, mornings, and he'll phone you back from the car."""),
    "hidden_commitments": T("""
        One, Niall: I told him we'd support delivering outputs to Azure Blob at
        no extra cost when they move to Fabric. Product says it's doable,
        there's no price list item for it. Two, homeware: in the renewal offer
        it's 30k if signed by 31 Dec. I also told Aoife, verbally, that the 30k
        would hold even if they add it in year two. Not written. Three, Priya:
        a Power BI template for our outputs. It's about two PS days of work and
        I said we'd do it as a freebie outside their PS allowance. Four, the
        awards reference letter for Ciarán. Five, the five remediation days
        from the clustering incident: those ARE in an email, so fine, but
        they're not in the contract and finance may not know. Make sure they
        don't get billed."""),
    "history_sensitivities": T("""
        March: the clustering incident. The SC recalculation wiped Ciarán's
        manual overrides for the 23 NI stores, the spring range went out to the
        wrong clusters and his team spent a weekend redoing it. Because it was
        NI, Declan heard. We gave them five extra PS days and fixed the lock.
        So: sensitive, anything NI. And the 2024 price increase: we put 7% on
        at renewal time, Aoife went silent for five weeks and then came back
        with a letter that basically called us greedy. We settled at 4%. She
        hasn't forgotten, so don't mention uplift without context. Also Niall
        still thinks we should have been on Azure from the start; don't start
        that debate. The first implementation in 2023 was fine actually, on
        time, one of our better ones. Smaller stuff: in autumn 2025 the MDO
        run for the Black Friday weekend was six hours late because their
        product file came in malformed, and Priya fixed it herself at
        midnight. She never complained, but she remembers who said thank you,
        and it was Ciarán, not us. Send her the thank-you now, late beats
        never. And don't use the big UK high street names as comparisons, they
        see themselves as an Irish institution, not a smaller version of
        anything across the water."""),
    "pricing_story": T("""
        540k for 118 stores across FC, MDO and SC. The 18% multi-year discount
        is because they signed two years in 2025; they wanted one year and we
        traded term for discount. The 20 PS days are bundled because their
        planning team is tiny and Ciarán needs hands for the clustering
        reviews. PO-only invoicing is their AP rule, don't fight it. The 2024
        price increase settled at 4% after the fight. Now Aoife wants flat for
        three years, and we offered 560k flat for two years then 2%, with the
        break clause she asked for."""),
    "unexpected_use": T("""
        Their property team uses Store Clustering to decide which stores to
        refit next. SC groups stores by demand profile, and they look at which
        cluster a store has drifted into: if it's become a 'young fashion' store
        sitting in a 'homeware' fit-out, it goes on the refit list. Three refits
        this year were picked that way. We built SC for range allocation, not
        property decisions. Also marketing uses the MDO timing to schedule their
        'last chance' email campaigns, Priya exports the recommended markdown
        dates for them."""),
    "channels_surprises": T("""
        Ciarán: WhatsApp or phone, before 9 is best, he calls back from the
        car. Aoife: email, one PDF, clear subject line, no decks. Declan: you
        don't contact him, it's QBRs or through Aoife. Priya: Teams chat.
        Niall: ServiceNow tickets only, he'll literally reply 'please raise a
        ticket' to an email. Sinéad: email, and anything commercial goes
        through her as well as Aoife. Never surprise Aoife on price, terms,
        anything contractual, she reads a surprise as bad faith. And never
        surprise Declan about Northern Ireland. If anything goes wrong in NI,
        Aoife or Ciarán must hear it from us before Declan hears it from a store
        manager."""),
    "org_changes": T("""
        New Chief Merchandising Officer, Gemma Kinsella, starts in January, from
        a UK department store group. Ciarán will report to her; right now he
        reports to Declan directly, so that's a step down in access for our
        champion. Niall's moving their data platform to Microsoft Fabric in
        2027, so output delivery changes. And Project Tern, the cost programme,
        targets an 8% opex cut across head office for 2027; every renewal has to
        show savings. Also I heard they might close four or five underperforming
        stores next year. Ciarán mentioned it, nothing official, it would reduce
        the store count, and if SC is used for those decisions we're right in
        the middle of it."""),
    "warning_signs": T("""
        Aoife going silent. In 2024 she went five weeks without answering on
        the price increase and then came back hard. She's now at seven weeks on
        the September offer. That's the sign; I'm pretty sure a counter is
        coming. Sinéad saying 'it's with legal': last time that meant
        procurement was quietly getting a competitor quote. And Niall asking
        about 'data portability', he did that once in 2024 too."""),
    "renewal_risk": T("""
        Stated reason: Project Tern. 'We need to find 8%.' Real reason,
        possibly: Gemma. New merch boss, she might bring her own way of doing
        things, her previous place had an in-house system. Or Niall wanting
        everything inside Fabric, and Microsoft is always pitching its own
        forecasting bits. Real-real reason could just be Aoife wanting a better
        price and using silence as leverage. Renewal is 31 Dec, close. Don't
        let it drift into January with no paper; the PS days and the NI
        override fix are our proof points."""),
}

ask(BF, "What's the PO number AP wants on this year's invoices?",
    ["a:a-bf-003"], ["4500128843"])
ask(BF, "How many consulting days had they burned through by the late-May check-in?",
    ["a:a-bf-007"], ["11 of 25"])
ask(BF, "What did we give them to say sorry for the NI clustering screwup?",
    ["a:a-bf-006", "i:history_sensitivities", "i:hidden_commitments", "a:a-bf-007"],
    ["five", "PS days"])
ask(BF, "Who's the new head merchant starting after Christmas?",
    ["a:a-bf-013", "i:org_changes", "i:renewal_risk"], ["Gemma"])
ask(BF, "Ciarán's cell?",
    ["c:c-bf-ciaran"], ["314 2290"])
ask(BF, "What end-of-season leftover stock % does Ciarán get measured on?",
    ["i:champion", "a:a-bf-002"], ["12%"])
ask(BF, "What's their cost-cutting push called?",
    ["i:org_changes", "i:renewal_risk", "a:a-bf-010", "i:decision_maker"], ["Tern"])
ask(BF, "What numbers did we put on the table at the September renewal session?",
    ["a:a-bf-011", "i:pricing_story", "o:o-bf-renewal"], ["560"])
ask(BF, "What do the property people do with the clustering tool?",
    ["i:unexpected_use"], ["refit"])
ask(BF, "Why's Declan so precious about the Northern Irish shops?",
    ["i:decision_maker"], ["Newry"])
ask(BF, "Is Declan a rugby man, worth bringing him to a match at the Aviva?",
    abstain="off_topic")
ask(BF, "What did Niall think of the Power BI template?")


# ---------------------------------------------------------------------------
# 6. Vantara Retail Group: ~900-store multinational grocer (enterprise)
# ---------------------------------------------------------------------------
VR = "acc-vantara"
ACCOUNTS.append({
    "id": VR,
    "name": "Vantara Retail Group N.V.",
    "owner_id": DEPARTING,
    "arr": 1480000,
    "segment": "enterprise",
    "industry": "Grocery retail",
    "territory": "EMEA",
    "renewal_date": "2027-06-30",
    "contract_notes": T("""
        Group framework agreement (MSA) from 1 July 2022 for 5 years, expiring
        30 June 2027. Country order forms: OF1 Netherlands and OF2 Belgium
        (2022), OF3 Germany (2023), OF4 Poland (2024); OF5 Czech Republic in
        negotiation. Volume-tier pricing: Forecast Core at EUR 1,450 per store
        per year in the 900+ store tier; Fresh+, Promo Lift, MDO (non-food) and
        Store Clustering priced per country order form. Most-favoured-customer
        (MFC) clause on Forecast Core pricing for EMEA grocery customers of
        comparable size. 99.9% availability SLA; service credits up to 15% of
        the affected country's monthly fee. Data hosted in the EU (Frankfurt,
        Amsterdam)."""),
    "contacts": [
        contact("c-vr-wouter", "Wouter de Graaf", "Group CFO", "economic_buyer",
                "wouter.degraaf@vantara.test", None, "email", 2,
                "Attends SteerCo, rarely anything else."),
        contact("c-vr-annemieke", "Annemieke Visser", "Chief Supply Chain Officer", "decision_maker",
                "annemieke.visser@vantara.test", None, "email", 4,
                "Diary managed by her executive assistant."),
        contact("c-vr-tomasz", "Tomasz Kowalczyk", "Head of Forecasting Centre of Excellence",
                "champion", "tomasz.kowalczyk@vantara.test", "+31 6 2841 7719", "teams", 5),
        contact("c-vr-jens", "Jens Hoffmann", "Director Supply Chain Germany", "blocker",
                "jens.hoffmann@vantara.test", "+49 211 5566 3010", "email", 2,
                "Formal German; address as Herr Hoffmann, 'Sie'."),
        contact("c-vr-eva", "Eva Novotná", "Supply Chain Manager, Czech Republic", "user",
                "eva.novotna@vantara.test", "+420 602 118 934", "phone", 3),
        contact("c-vr-ruud", "Ruud Bakker", "Head of Strategic Sourcing (IT)", "influencer",
                "ruud.bakker@vantara.test", None, "email", 3,
                "Runs all vendor processes through Coupa."),
        contact("c-vr-lina", "Lina Okafor", "Lead Enterprise Architect", "influencer",
                "lina.okafor@vantara.test", None, "teams", 3),
    ],
    "opportunities": [
        opp("o-vr-cz", "OF5 Czech Republic rollout", "negotiation", 96000, "2026-12-31",
            "Pilot go/no-go with Eva on 15 December in Prague."),
        opp("o-vr-renewal", "MSA renewal 2027", "qualification", 1550000, "2027-06-30",
            "Sourcing market test: RFI planned for January 2027 (Ruud)."),
        opp("o-vr-genai", "Planner assistant (GenAI) co-innovation", "discovery", 120000,
            "2027-03-31", "Scoping workshop with Tomasz and Lina."),
    ],
    "activities": [
        act("a-vr-001", "email", "2026-01-12T08:00:00Z", ["c-vr-tomasz"],
            "Christmas 2025 – accuracy by country", """
            Lotte, final Christmas numbers (weeks 50–52, fresh + chilled): NL
            89.4%, BE 88.1%, DE 84.7%, PL 86.9%. Germany the weakest again. Jens
            will say it's the model; I say it's the 30% of orders his team
            overrides. Annemieke wants the country comparison at SteerCo. T.""",
            direction="inbound"),
        act("a-vr-002", "meeting", "2026-01-27T09:00:00Z",
            ["c-vr-annemieke", "c-vr-tomasz", "c-vr-wouter", "c-vr-jens"],
            "SteerCo Q1 2026 – Utrecht", """
            Attendees: Annemieke Visser (chair), Wouter de Graaf (first 30
            minutes), Tomasz Kowalczyk, Jens Hoffmann (video); Henrik and Lotte.

            1) Christmas results by country. DE lowest; Jens challenged the
            model's handling of regional holidays (Karneval in NRW, Fronleichnam
            in the south). Agreed: Tomasz's CoE and our data science team review
            the German regional calendars by the end of March.

            2) Annemieke restated her 'one forecast' principle: one platform and
            one process in all countries by 2028.

            3) Wouter: cost per store must fall in 2027. He asked about the MFC
            clause and whether any comparable customer pays less (answer: no).

            4) Czech Republic: Eva Novotná to plan a pilot.

            5) Next SteerCo in June."""),
        act("a-vr-003", "call", "2026-02-19T15:00:00Z", ["c-vr-jens"],
            "Jens – German forecast quality", """
            Call in German. Jens: Karneval week was under-forecast by 22% in the
            Cologne and Düsseldorf stores for beer, Berliner and crisps. His team
            maintains a 'Korrekturtabelle' in Excel that overrides our forecast
            for 140 of the 330 German stores. He wants a German-speaking contact
            in support. Tone polite, cold."""),
        act("a-vr-004", "email", "2026-03-11T10:40:00Z", ["c-vr-ruud"],
            "Sourcing policy – contract renewals", """
            Dear Lotte,

            for transparency: under Vantara's procurement policy, any contract
            with an annual value above EUR 1 million must be market-tested before
            renewal. For the MSA expiring on 30 June 2027 this means a market
            test in Q1 2027. This is policy, not a signal of dissatisfaction. All
            communication on the process will run through Coupa.

            Kind regards, Ruud Bakker""", direction="inbound"),
        act("a-vr-005", "note", "2026-04-08T09:30:00Z", ["c-vr-jens", "c-vr-tomasz"],
            "P1 incident INC-20260406-01 – Germany, Easter Monday", """
            On Easter Monday, 6 April, the Promo Lift batch for Germany timed out
            after a schema change in the promo feed; 310 of the 330 German stores
            received default order proposals without promo uplift for Tuesday
            deliveries. Stores ran short on promoted items. Detected at 07:10 by
            Tomasz's CoE, fixed at 13:30; Tuesday orders corrected manually by
            Jens's team.

            SLA: availability for Germany in April fell below 99.9%; service
            credit of 10% of the German monthly fee = EUR 3,987.50. Jens
            escalated to Annemieke the same day."""),
        act("a-vr-006", "email", "2026-04-15T16:00:00Z", ["c-vr-annemieke", "c-vr-jens", "c-vr-tomasz"],
            "RCA – INC-20260406-01", """
            Dear Annemieke, dear Mr Hoffmann, dear Tomasz,

            attached is the root-cause analysis for the Easter Monday incident.
            Root cause: a change of the promo feed schema combined with a missing
            timeout fallback on our side.

            Remediation: fallback to the last valid promo plan, schema validation
            with alerting, and a joint change calendar with Lina's architecture
            team. A service credit of EUR 3,987.50 is applied to the May invoice
            for OF3 Germany.

            Kind regards, Lotte Vermeulen""", direction="outbound"),
        act("a-vr-007", "meeting", "2026-05-20T10:00:00Z", ["c-vr-eva", "c-vr-tomasz"],
            "CZ pilot planning – Prague", """
            Eva, Tomasz and Lotte in Prague. Pilot scope: 12 stores (Prague 7,
            Brno 5), Forecast Core + Fresh+, September to November. Success
            criteria: WMAPE on fresh at least 5 points better than the current
            method, and store acceptance (override rate below 20%). Eva's POS is
            a local system (Pokladna Pro); data quality unknown. Go/no-go decision
            after the pilot."""),
        act("a-vr-008", "email", "2026-06-09T13:00:00Z", ["c-vr-lina"],
            "Integration architecture 2027", """
            Hi Lotte, as part of the move to SAP S/4HANA in 2027 we are
            standardising on event streaming (Kafka) for all planning systems.
            Can you share your roadmap for a Kafka connector and your current API
            rate limits? We hit 429s twice during the Easter incident replay.
            Lina""", direction="inbound"),
        act("a-vr-009", "meeting", "2026-06-24T09:00:00Z",
            ["c-vr-annemieke", "c-vr-tomasz", "c-vr-wouter", "c-vr-ruud"],
            "SteerCo Q2 – Utrecht", """
            Annemieke announced that the Forecasting CoE grows from 9 to 14 FTE
            and takes over the country demand planners' tooling decisions from
            January. Tomasz to become Director Forecasting, pending HR. Wouter
            announced zero-based budgeting for 2027: every vendor contract
            re-justified from zero. Ruud confirmed the market-test timing. Jens
            did not attend."""),
        act("a-vr-010", "chat", "2026-07-15T18:30:00Z", ["c-vr-tomasz"],
            "Teams", """
            Tomasz: Wouter's ZBB memo is out. every line, from zero. yours is the
            third biggest IT line 😬

            Lotte: ok. we'll build the value case

            Tomasz: don't use Easter. use Christmas and fresh waste. fresh waste
            in NL is down 12% since 2023""", direction="inbound"),
        act("a-vr-011", "email", "2026-08-26T07:20:00Z", ["c-vr-eva"],
            "CZ pilot – start date and data", """
            Dear Lotte, the pilot starts on 7 September, one week later than
            planned, because the Pokladna Pro exports lack promotion flags and
            our IT is adding them. All 12 stores confirmed. Best regards, Eva""",
            direction="inbound"),
        act("a-vr-012", "call", "2026-09-08T11:00:00Z", ["c-vr-tomasz"],
            "GenAI planner assistant", """
            Tomasz pitched an idea: a chat assistant for the 400+ store planners
            that explains forecast changes in their own language. Annemieke
            'likes it a lot', per Tomasz. He wants a co-innovation with us,
            budget from the CoE, around EUR 120k. Needs Lina involved for data
            access."""),
        act("a-vr-013", "meeting", "2026-09-30T09:00:00Z",
            ["c-vr-annemieke", "c-vr-ruud", "c-vr-tomasz", "c-vr-wouter"],
            "SteerCo Q3 – Utrecht", """
            Renewal timeline agreed with Ruud: RFI to the market in January 2027,
            RFP shortlist in March, decision by the end of April, contract by 30
            June. We may be invited to the RFP directly without the RFI.
            Annemieke: 'we are not unhappy, this is policy'. Wouter asked again
            about cost per store. Czech pilot running; Eva to fix the go/no-go
            date."""),
        act("a-vr-014", "email", "2026-10-06T10:15:00Z", ["c-vr-ruud"],
            "MFC clause – clarification", """
            Dear Ruud,

            as requested: the MFC clause in the MSA covers Forecast Core
            per-store pricing for EMEA grocery customers with more than 500
            stores. We confirm that no such customer pays a lower per-store price
            than Vantara.

            Kind regards, Lotte Vermeulen""", direction="outbound"),
        act("a-vr-015", "email", "2026-10-14T06:55:00Z", ["c-vr-jens"],
            "Test eines alternativen Anbieters", """
            Sehr geehrte Frau Vermeulen,

            zur Information: Vantara Deutschland will test an alternative
            forecasting provider (Optimix) in 20 stores in North Rhine-Westphalia
            from November to January, in parallel to your system. This is a
            country-level decision within my budget.

            Mit freundlichen Grüßen, Jens Hoffmann""", direction="inbound"),
        act("a-vr-016", "note", "2026-10-20T17:30:00Z", [],
            "Handoff – Vantara", """
            Largest account in the team. Tomás takes over, Henrik stays exec
            sponsor. Priorities: 1) Germany and the Optimix trial; 2) the market
            test in Q1; 3) the CZ go/no-go. Tomás to shadow Lotte on the next
            Friday call with Tomasz's CoE. – Henrik""", author=MANAGER),
        act("a-vr-017", "call", "2026-10-23T13:00:00Z", ["c-vr-eva"],
            "CZ pilot mid-point", """
            Eva: seven weeks in, WMAPE improving week on week and the override
            rate falling; store managers in Brno more sceptical than in Prague.
            Go/no-go meeting set for 15 December in Prague, with Tomasz. She
            wants the OF5 price on the table before that."""),
    ],
})

INTERVIEWS[VR] = {
    "decision_maker": T("""
        Annemieke. Chief Supply Chain Officer. Wouter signs, as group CFO, but
        he signs what Annemieke brings him, as long as the cost per store goes
        down. That's all Wouter cares about, cost per store and the MFC clause,
        he's paranoid somebody else pays less. Ruud runs the process and Ruud
        follows policy to the letter; the market test isn't personal, it's the
        above-a-million rule. But the decision is Annemieke's. What she
        personally cares about: her 'one forecast' vision, one platform, one
        process in every country by 2028. She's built her reputation on it.
        Anything that fragments that, like Germany running a parallel tool, is
        a threat to her story, not just to us. She's also, rumour is, being
        lined up for COO when the current one retires, so she needs this to look like a success, not a fight. Her pet
        hates: slides with our logo on every page, being called 'Anne', and
        vendors who say 'AI' without a number attached. What she loves: waste
        in tonnes, not percent, because tonnes is what goes into the annual
        report, and a clear 'what I need from you' at the end of every
        one-pager. She's Dutch-direct: if she says 'interesting', she means
        no, and if she says 'let's park it', it's dead. Practical stuff: you don't email her
        for a meeting. Her EA, Marloes, owns her diary, so book through Marloes,
        at least three weeks out, and send a one-page pre-read two days before.
        Wouter you'll only see at SteerCo. On the mechanics: because it's over
        a million a year, the renewal goes to the Group Investment Committee,
        that's Wouter, the CEO and two of the country MDs, and Annemieke
        presents. The German MD could end up in that room, which is another
        reason Germany matters so much."""),
    "champion": T("""
        Tomasz, head of the Forecasting CoE. Polish, ex-FMCG, sharp as
        anything, he's the one who built the CoE around our platform. What I've
        promised him: the GenAI planner assistant as a co-innovation, we scope
        it together, his name on it. A keynote slot at Prognos Forward next
        year, with Annemieke on stage if he can get her. And a dedicated TAM
        from January: I told him Sanne from our TAM team, and she's agreed
        informally, but resourcing hasn't signed off. What he needs: Germany.
        If he can't bring Jens round, the 'one forecast' story has a hole and
        Tomasz owns that hole. He's also up for promotion to Director
        Forecasting, HR pending, so he needs a clean year. And every week he
        has our SE on a Friday call, don't drop that."""),
    "hidden_commitments": T("""
        Quite a few, sorry. One, Jens: I promised him a German-speaking support
        line, an actual German speaker on P1s for Germany. It's not in OF3 and
        we have exactly one German-speaking support engineer, Markus, so it's a
        person, not a line. Two, Eva: the CZ pilot is free, 12 stores, three
        months, nothing signed beyond a pilot letter that says 'no cost'. But I
        also told her that if they go live we'd hold the per-store price at
        1,450 in CZ even though they'd be below the volume tier as a standalone
        country. Not written. Three, Lina: I told her a Kafka connector would
        be on the roadmap by Q2 2027. Product said 'H1 probably'. Careful.
        Four, Tomasz's Friday office hours: every Friday at 10 our SE joins his
        CoE call for an hour. It's been going two years, it's not in any
        contract, and they'd notice instantly if it stopped. Five, Sanne as TAM. Six, and this one's awkward: at the Q2 SteerCo
        dinner I told Annemieke we'd do a free 'Germany deep-dive', two of our
        data scientists for a week in Düsseldorf with Jens's team, going store
        by store through the Korrekturtabelle to see which overrides actually
        beat the model. She loved it. Jens hasn't agreed to host it, he said
        'im Herbst, vielleicht', in autumn, perhaps, and autumn is nearly over.
        It matters more now with the trial in NRW. Data science has pencilled
        in two people for the second half of November, names TBC, ask Henrik.
        Seven, Ruud: nothing promised, and don't promise anything, he's been
        explicit that side deals during the market test would disqualify us."""),
    "history_sensitivities": T("""
        Germany. The 2023 German rollout went badly: our project manager didn't
        speak German and didn't understand the regional assortment, we replaced
        him after four months, and Jens has never trusted us since. Then Easter
        Monday this year: Promo Lift timed out in Germany after they changed
        the promo feed schema without telling us, 310 stores got default orders.
        It was partly their change, but we had no fallback, so we took it:
        credit, RCA, the works. Jens escalated to Annemieke before we'd even
        called him, which tells you everything. Sensitive: Germany in general,
        Jens's Korrekturtabelle (don't mock it, his team is proud of it), and
        price comparisons. Wouter heard a rumour at a CFO dinner that another
        grocer pays less, and the MFC clause is his security blanket. Also
        don't say 'it was your schema change' to anyone, even though it was."""),
    "pricing_story": T("""
        Volume tiers: 900+ stores gets FC at 1,450 per store per year, which is
        our best grocery price anywhere. That tier exists because they committed
        all countries under one MSA. Modules are priced per country order form,
        so Germany pays for Promo Lift, Poland doesn't have MDO, etc. It's a
        patchwork; Tomasz has a spreadsheet, he does the reconciliation every
        quarter. The MFC clause on FC pricing was Wouter's condition in 2022: we
        were new in grocery at that scale and he wanted protection. Five-year
        term to 30 June 2027 to lock in the logo. SLA credits go up to 15%,
        raised from 10% after a 2024 outage in NL. The renewal target is about
        1.55M, up a bit for CZ and modules, but Wouter wants cost per store
        down, so the maths is: more stores, same or lower per-store price."""),
    "unexpected_use": T("""
        The energy team. Vantara has a group energy manager who buys
        electricity on the spot market, and they use our store-level fresh and
        chilled volume forecast to plan refrigeration load: more chilled volume
        forecast means more cooling capacity, so they pre-cool at night when
        power is cheaper. They also use it to plan energy purchases a week
        ahead. Nobody on our side designed FC for that. Second one: the Polish
        stores use the Fresh+ forecast to schedule their bake-off ovens, when
        to bake which bread during the day. Closer to intended use, but not
        really, Fresh+ is daily. Both should go in the value case for Wouter's
        ZBB."""),
    "channels_surprises": T("""
        Tomasz: Teams chat or his mobile, fast, even weekends if it's burning.
        Annemieke: through Marloes for meetings, short email one-pagers for
        updates, never long threads. Wouter: only at SteerCo, don't email him
        directly, it goes through Annemieke. Jens: formal German email, Herr
        Hoffmann, Sie, never first names, never a call without an email first.
        Ruud: email and Coupa; anything process-related must go through Coupa,
        and no side conversations about the renewal with anyone while the
        market test runs, he's explicit about that. Eva: phone, she's
        practical, English is fine. Lina: Teams. Never surprise Annemieke. She
        must never hear bad news from Jens first. She did at Easter and she was
        livid, not with Jens, with us. Call Tomasz, then Annemieke via Marloes,
        within the hour."""),
    "org_changes": T("""
        One, the CoE is growing from 9 to 14 people and takes over tooling
        decisions from the country planners in January. Good for us, it
        centralises. Two, Tomasz's promotion to Director Forecasting, pending.
        Three, Wouter's zero-based budgeting for 2027, every contract
        re-justified from zero, and we're the third biggest IT line. Four, the
        SAP S/4HANA migration in 2027: Lina's architecture work, Kafka, the
        integration will change. Five, Annemieke possibly becoming COO, which
        could be great or could mean a new CSCO who doesn't care about 'one
        forecast'. Six, Germany: Jens's boss, the country MD, is new since the
        summer. I haven't met him, name's Dieter Brandt I think, and I don't
        know much about him. Seven, the market test in Q1 2027."""),
    "warning_signs": T("""
        Jens's Excel. When the Korrekturtabelle grows, more stores overridden,
        he's building a case. In 2023 it went from 40 to 120 stores over three
        months, then he escalated the rollout formally. Now it's at 140. Second:
        Ruud's 'this is policy' emails, he sent one in 2022 too, during the
        original selection. Third: Wouter skipping SteerCo. He left after 30
        minutes in January but came to June and September, so fine for now.
        And fourth, the Optimix trial letter from Jens; that's not an early sign
        anymore, that's the thing itself."""),
    "renewal_risk": T("""
        Stated reason if it slips: 'procurement policy requires a market test',
        Ruud's rule, the RFI in January. Nobody will say they're unhappy. Real
        reason: Germany. If Jens's Optimix trial in NRW looks good, he'll argue
        Germany should go its own way, and Annemieke's one-forecast story
        cracks. Second real reason: Wouter's cost-per-store target plus ZBB,
        they'll use the market test to squeeze price. Honest worst case: we
        keep NL, BE, PL and CZ and lose Germany, 330 stores, roughly a third of
        the value. What saves it: the German value case, Markus on German P1s,
        the CZ pilot going well, and Annemieke seeing us as the people who help
        make her COO case."""),
}

ask(VR, "What's the ticket ref for that Easter Monday meltdown in Germany?",
    ["a:a-vr-005", "a:a-vr-006"], ["INC-20260406-01"])
ask(VR, "How much SLA money did that one cost us?",
    ["a:a-vr-005", "a:a-vr-006"], ["3,987.50"])
ask(VR, "When's the Czech go/no-go?",
    ["a:a-vr-017", "o:o-vr-cz"], ["15 December"])
ask(VR, "How do I get time in the supply chain queen's calendar?",
    ["i:decision_maker", "i:channels_surprises"], ["Marloes"])
ask(VR, "What did Lotte tell Tomasz about getting his own dedicated tech person from us?",
    ["i:champion", "i:hidden_commitments"], ["Sanne"])
ask(VR, "Which competitor is the German boss testing, and in how many shops?",
    ["a:a-vr-015", "i:renewal_risk", "i:warning_signs"], ["Optimix", "20 stores"])
ask(VR, "When does the procurement guy send the RFI out?",
    ["a:a-vr-013", "o:o-vr-renewal", "i:renewal_risk", "a:a-vr-004"], ["January 2027"])
ask(VR, "What's the energy-saving hack they run off our numbers?",
    ["i:unexpected_use"], ["refrigeration"])
ask(VR, "Tomasz's cell number?",
    ["c:c-vr-tomasz"], ["2841 7719"])
ask(VR, "What was the forecast accuracy in the Czech pilot stores at the go/no-go?")
ask(VR, "Does Wouter know about the Optimix trial?")
ask(VR, "What's the dress code when visiting their Utrecht head office?", abstain="off_topic")


# ---------------------------------------------------------------------------
def main():
    bundle = {"format": "baton-bundle/v1", "users": USERS, "accounts": ACCOUNTS}
    questions = []
    for n, q in enumerate(QUESTIONS, 1):
        questions.append({"id": f"q-{n:03d}", **q})
    ev = {
        "format": "baton-eval/v1",
        "bundle": "bundle.json",
        "departing_user_id": DEPARTING,
        "successor_user_id": SUCCESSOR,
        "manager_user_id": MANAGER,
        "interviews": INTERVIEWS,
        "questions": questions,
    }
    for name, obj in (("bundle.json", bundle), ("eval.json", ev)):
        (HERE / name).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n",
                                 encoding="utf-8")
    n_abs = sum(q["expect"] == "abstain" for q in questions)
    print(f"wrote bundle.json ({len(ACCOUNTS)} accounts) and eval.json "
          f"({len(questions)} questions, {n_abs} abstain)")


if __name__ == "__main__":
    main()
