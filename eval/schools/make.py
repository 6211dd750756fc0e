#!/usr/bin/env python3
"""Generator for the `schools` baton-eval/v1 evaluation set.

Writes bundle.json (baton-bundle/v1) and eval.json (baton-eval/v1) next to
this file. Python 3.11 standard library only. Deterministic output.

Setting: Registra Education Ltd sells a school MIS (Registra MIS, Attend,
Timetable, Connect parent app, Pay) to UK multi-academy trusts, independent
schools and one local authority. Harriet Ashworth, the account manager for
all six accounts, is leaving; Tom Bellamy succeeds her; Graham Oduya manages
both.
"""
import json
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))

DEPARTING = "u-harriet"
SUCCESSOR = "u-tom"
MANAGER = "u-graham"


def P(s):
    """Dedent, collapse whitespace inside paragraphs, keep blank-line breaks."""
    s = textwrap.dedent(s).strip("\n")
    paras = [" ".join(p.split()) for p in s.split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def L(s):
    """Letter/chat text: paragraphs are re-flowed like P, except that short-line
    blocks (greetings, sign-offs) keep their line breaks and a chat line
    starting "Name: " starts a new line."""
    s = textwrap.dedent(s).strip("\n")
    out = []
    for para in s.split("\n\n"):
        lines = [" ".join(x.split()) for x in para.split("\n") if x.strip()]
        if not lines:
            continue
        if all(len(x) < 45 for x in lines):
            out.append("\n".join(lines))
            continue
        merged = []
        for x in lines:
            if merged and not re.match(r"^[A-Z][a-z]+: ", x):
                merged[-1] += " " + x
            else:
                merged.append(x)
        out.append("\n".join(merged))
    return "\n\n".join(out)


def iv(qid):
    return {"kind": "interview", "question_id": qid}


def act(i):
    return {"kind": "activity", "id": i}


def con(i):
    return {"kind": "contact", "id": i}


def opp(i):
    return {"kind": "opportunity", "id": i}


def accr(i):
    return {"kind": "account", "id": i}


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


def opportunity(oid, name, stage, amount, close, next_step=None):
    o = {"id": oid, "name": name, "stage": stage, "amount": amount,
         "close_date": close}
    if next_step:
        o["next_step"] = next_step
    return o


def activity(aid, kind, at, contacts, subject, body, direction=None,
             author=DEPARTING):
    a = {"id": aid, "kind": kind, "at": at, "author_id": author,
         "contact_ids": contacts, "subject": subject, "body": body}
    if direction:
        a["direction"] = direction
    return a


def Q(account, text, gold=None, must=None):
    """An answerable question (gold given) or an abstain question (no gold)."""
    if gold:
        return {"account_id": account, "question": text, "expect": "answer",
                "gold_sources": gold, "must_mention": must}
    return {"account_id": account, "question": text, "expect": "abstain",
            "gold_sources": [], "must_mention": []}


USERS = [
    {"id": "u-harriet", "name": "Harriet Ashworth",
     "email": "harriet.ashworth@registra.test", "role": "rep",
     "manager_id": "u-graham", "team": "Education - Trusts and Independents"},
    {"id": "u-tom", "name": "Tom Bellamy",
     "email": "tom.bellamy@registra.test", "role": "rep",
     "manager_id": "u-graham", "team": "Education - Trusts and Independents"},
    {"id": "u-graham", "name": "Graham Oduya",
     "email": "graham.oduya@registra.test", "role": "manager",
     "team": "Education - Trusts and Independents"},
]

ACCOUNTS = []
INTERVIEWS = {}
QUESTIONS = []

# ---------------------------------------------------------------------------
# 1. Fenwick Valley Learning Trust: 40-academy MAT, Northumberland/Tyneside
# ---------------------------------------------------------------------------
FV = "acc-fenwick"
ACCOUNTS.append({
    "id": FV,
    "name": "Fenwick Valley Learning Trust",
    "owner_id": DEPARTING,
    "arr": 512400,
    "segment": "enterprise",
    "industry": "Education - multi-academy trust",
    "territory": "UK North East",
    "renewal_date": "2027-03-31",
    "contract_notes": P("""
        Five-year master agreement, 1 April 2022 to 31 March 2027, covering
        Registra MIS, Attend and Timetable for all 40 academies, priced per
        pupil at £21.40 per pupil per year on the October census roll
        (c. 22,700 pupils). Connect (parent app) and Pay are per-school add-ons
        where taken (Connect £1,150, Pay £1,600 per school per year).
        12% reference-customer discount applied to the per-pupil rate. Annual
        uplift capped at the lower of CPI or 4%. Clause 14.3: 30 days' written
        notice of any new sub-processor. Renewal notice window closes
        31 December 2026."""),
    "contacts": [
        contact("c-fv-dunmore", "Dr Alistair Dunmore", "Chief Executive Officer",
                "decision_maker", email="alistair.dunmore@fvlt.test",
                channel="email", strength=2,
                notes="All correspondence via his PA, Janice Rowell (janice.rowell@fvlt.test)."),
        contact("c-fv-strand", "Rachel Strand", "Chief Financial Officer",
                "economic_buyer", email="rachel.strand@fvlt.test",
                phone="0191 498 0231", channel="email", strength=3,
                notes="Wants one-page summaries with the number at the top."),
        contact("c-fv-mcgarry", "Kevin McGarry", "Director of IT and Data",
                "champion", email="kevin.mcgarry@fvlt.test",
                phone="07700 900 417", channel="chat", strength=5,
                notes="WhatsApp is fastest."),
        contact("c-fv-lindqvist", "Sunniva Lindqvist", "Trust Data Manager",
                "user", email="sunniva.lindqvist@fvlt.test", channel="email",
                strength=4),
        contact("c-fv-hobbs", "Carol Hobbs",
                "Executive Head Teacher, Ashgill Federation", "influencer",
                email="carol.hobbs@ashgill.fvlt.test", phone="01632 960 552",
                channel="phone", strength=3,
                notes="Leads the four-school Ashgill Federation of primaries."),
        contact("c-fv-patel", "Deepak Patel", "Chief Operating Officer",
                "decision_maker", email="deepak.patel@fvlt.test",
                channel="email", strength=1, notes="Joined the trust in September 2026."),
        contact("c-fv-ward", "Lorraine Ward",
                "Head of Governance and Data Protection Officer", "blocker",
                email="dpo@fvlt.test", channel="email", strength=2),
    ],
    "opportunities": [
        opportunity("o-fv-renewal", "Trust-wide renewal April 2027", "proposal",
                    528000, "2027-03-31",
                    "Board paper to the Finance & Audit Committee (19 January 2027)"),
        opportunity("o-fv-pay", "Registra Pay roll-out to remaining schools",
                    "qualification", 38000, "2027-01-29",
                    "Wait for pilot results from the Hexham cluster"),
        opportunity("o-fv-insights", "Trust Insights dashboards", "negotiation",
                    24500, "2026-11-30",
                    "Demo for the CEO's executive team to be scheduled"),
    ],
    "activities": [
        activity("a-fv-001", "email", "2026-01-22T07:58:00Z",
                 ["c-fv-mcgarry", "c-fv-lindqvist"],
                 "URGENT: census export failing - 9 schools", L("""
            Harriet,

            Sunniva has been trying since 6am to generate the spring census
            return and it is falling over for nine of our schools, all of them
            ones with dual-registered pupils (the Hexham PRU lot and a couple
            of the Tynedale primaries). The error is "UPN conflict - record
            locked".

            I've logged it with your support desk as REG-48213 and been told
            it is "within SLA". The DfE deadline is tomorrow. Within SLA is not
            good enough today. Can you please get someone senior on it.

            Kevin"""), direction="inbound"),
        activity("a-fv-002", "call", "2026-01-23T09:30:00Z",
                 ["c-fv-mcgarry", "c-fv-lindqvist"],
                 "Census export - escalation call", P("""
            Call with Kevin and Sunniva, with Dev Sharma from our second-line
            team. Root cause of REG-48213: dual-registration records created
            during the SIMS migration carry a lock flag that the census export
            treats as a conflict. Dev is building a hotfix and estimates
            Monday. Kevin has phoned the DfE data collections helpdesk himself
            to warn them the trust will be late for nine schools.

            Kevin was calm with me but said the CEO "will want a name". Agreed
            I would write to Dr Dunmore directly once the fix is confirmed.
            Sunniva will re-run the nine returns by hand as soon as the patch
            lands; she has blocked out Monday afternoon for it.""")),
        activity("a-fv-003", "email", "2026-01-27T16:12:00Z", ["c-fv-dunmore"],
                 "Spring census - apology and service credit", L("""
            Dear Dr Dunmore,

            I am writing to apologise personally for the failure of the spring
            census export for nine of the trust's academies last week. As you
            know, the returns for those schools were submitted on Monday
            26 January, three days after the DfE deadline, and I understand this
            caused real difficulty for you and for Kevin's team.

            The cause was a defect in how our export handled pupils with dual
            registration, introduced when those records were migrated from
            SIMS. It has been corrected for every Registra customer, and we
            have added dual-registered pupils to the test cases we run before
            every census.

            By way of apology we have issued a service credit of £6,200 against
            the trust's April invoice, credit note
            CN-2026-0114. Kevin now also has a named second-line engineer, Dev
            Sharma, who will handle the trust's escalations directly.

            I would be glad to come to Wylam House and talk this through in
            person if that would be helpful.

            Yours sincerely,
            Harriet Ashworth
            Account Manager, Registra Education"""), direction="outbound"),
        activity("a-fv-004", "meeting", "2026-02-10T10:00:00Z",
                 ["c-fv-strand", "c-fv-mcgarry", "c-fv-lindqvist"],
                 "Spring QBR at Wylam House", P("""
            Quarterly business review at the trust's head office, Wylam House.
            Present: Rachel Strand, Kevin McGarry, Sunniva Lindqvist, me.

            1. Census retrospective. Sunniva walked through the timeline.
            Rachel's only comment was that she did not want to read about it
            in a trustee paper again. Kevin asked for the dual-registration
            test to be part of the autumn census checklist; agreed.

            2. Attendance. Dr Dunmore wants the persistent absence figure on a
            single slide for his meetings with the DfE regional director's
            office. Kevin to confirm which measure the CEO wants (sessions or
            pupils) before we build anything. Sunniva currently exports Attend
            data to a spreadsheet for the governors every half term.

            3. Trust Insights. Kevin keen; Rachel wants to see the price before
            the demo, not after. A demo for the CEO's executive team to be
            arranged once Kevin has the date.

            4. Pay. Proposal to pilot Registra Pay in five Hexham schools from
            after Easter, to decide whether to roll it out to the remaining
            schools. Rachel agreed in principle provided the pilot costs the
            trust nothing.

            5. Budget. Rachel flagged that the central services top-slice is
            being reviewed for 2027/28 and that "everything central will be
            looked at". No figure given yet.

            Actions: Kevin - persistent absence measure; me - Pay pilot plan
            and Insights pricing; Sunniva - autumn census checklist.""")),
        activity("a-fv-005", "note", "2026-03-05T14:20:00Z", ["c-fv-strand"],
                 "Rachel - market test remark", P("""
            Rachel mentioned in passing on a call about the April invoice that
            the trust's financial regulations say any contract over £500k
            has to be "tested against the market" at renewal. She called it
            "a formality, probably". I don't think it is a formality: the
            renewal opportunity is over that threshold and the word "probably"
            was doing a lot of work. Worth preparing a benchmarking pack well
            before the autumn.""")),
        activity("a-fv-006", "email", "2026-03-18T11:05:00Z",
                 ["c-fv-lindqvist", "c-fv-mcgarry"],
                 "PO for Insights discovery workshops", L("""
            Hi Harriet,

            Please find attached the purchase order for the three Trust
            Insights discovery workshops: FVLT-PO-77104, £4,860
            including travel. Invoice to finance@fvlt.test quoting the PO
            number or it will bounce.

            We'd like the first workshop in the week of 20 April if your
            consultant can do it.

            Thanks,
            Sunniva"""), direction="inbound"),
        activity("a-fv-007", "meeting", "2026-04-21T13:00:00Z", ["c-fv-mcgarry"],
                 "Hexham Pay pilot kick-off", P("""
            Kick-off for the Registra Pay pilot in the Hexham cluster: five
            schools, with their school business managers on the call and
            Kevin chairing. Scope: school meals, trips and breakfast club
            payments. Success criteria agreed: at least 60% of parents
            registered by the end of the summer term, cash handled in the
            school offices down, and no increase in calls to the central
            finance team. Kevin will collect the figures and the pilot results
            are to be reviewed at the autumn QBR before any decision on the
            wider roll-out. The pilot is at no cost to the trust, as agreed
            with Rachel in February.""")),
        activity("a-fv-008", "call", "2026-05-14T08:45:00Z", ["c-fv-hobbs"],
                 "Ashgill Federation INSET training", P("""
            Carol Hobbs rang about training for the Ashgill Federation. Booked
            two INSET days, 1 and 2 September 2026, at Ashgill First School,
            for all four federation schools: day one on Attend and the new
            registers, day two on Connect for office staff. These are the two
            days a year I agreed with Carol at no charge; they are not on an
            order form and should not be invoiced. Carol also told the story
            of the 2am texts again, with embellishments.""")),
        activity("a-fv-009", "chat", "2026-06-02T19:40:00Z", ["c-fv-mcgarry"],
                 "WhatsApp - Tynedale schools joining", L("""
            Kevin: Heads up - Allenbrook, Greystead and Kielder Bridge are
            confirmed to join us on 1 Sept. All three on SIMS now.
            Harriet: Brilliant news. As we discussed, they'll be on your current
            per-pupil rate until the renewal, not the mid-term joiner price.
            Kevin: Ta. Rachel will ask so I'll point her at this.
            Harriet: Please do. I'll get the migration team to call you next week.""")),
        activity("a-fv-010", "email", "2026-06-20T10:15:00Z", ["c-fv-ward"],
                 "Connect translations - sub-processor", L("""
            Dear Harriet,

            I understand from one of our head teachers that the Connect
            translation feature will use a third-party translation service.
            Under clause 14.3 of our agreement we are entitled to 30 days'
            written notice of any new sub-processor, and I will need to
            complete a DPIA before the feature is switched on for any of our
            academies.

            Please send me the name of the provider, where the data is
            processed and your own DPIA. Please also don't let this be another
            situation where I find out from a head teacher.

            Regards,
            Lorraine Ward
            Head of Governance and DPO"""), direction="inbound"),
        activity("a-fv-011", "meeting", "2026-09-15T09:30:00Z",
                 ["c-fv-patel", "c-fv-mcgarry"],
                 "Introductory meeting with Deepak Patel (COO), 15 September",
                 P("""
            First meeting with Deepak Patel, the new Chief Operating Officer,
            at Wylam House, with Kevin. Deepak joined from a 30-school trust in
            the Midlands. He is reviewing every central contract over £50k
            in his first term and has asked for: the contract schedule, a
            breakdown of charges by school, and any benchmarking we have. He
            said he was "not wedded to anything" and asked a lot of questions
            about what happens to the data at the end of the contract.

            He was pleasant, precise and took notes. Kevin said very little,
            which is unlike him. I talked about the census fix, the Pay pilot
            and Trust Insights; Deepak was most interested in the cost per
            pupil of the central IT budget as a whole, not just ours.

            Follow-up: send the contract schedule this week; breakdown to
            follow once Deepak confirms the format he wants.""")),
        activity("a-fv-012", "email", "2026-10-06T15:30:00Z", ["c-fv-patel"],
                 "Breakdown of charges", L("""
            Harriet,

            Thank you for the contract schedule. Could you now let me have a
            full breakdown of the per-pupil charges by school, including
            Connect and Pay where taken, by 31 October. I'd also be grateful
            for a short note on data portability: the export formats available
            to us and the timescales at the end of the term.

            Regards,
            Deepak"""), direction="inbound"),
        activity("a-fv-013", "note", "2026-10-12T17:05:00Z",
                 ["c-fv-patel", "c-fv-mcgarry"],
                 "Breakdown sent; Kevin on Deepak", P("""
            Sent Deepak the per-school breakdown on 9 October, well ahead of
            his deadline, plus the data portability note. Kevin messaged
            afterwards: Deepak's previous trust ran Arbor across all its
            schools and he "rates them". Kevin also said his own role is in
            the central IT restructure consultation and he may be re-graded
            or merged with estates. He asked me not to mention that to Rachel.
            """)),
        activity("a-fv-014", "call", "2026-10-20T12:00:00Z", ["c-fv-strand"],
                 "Rachel - 2027/28 budget", P("""
            Call with Rachel about 2027/28 budget planning. The top-slice the
            trust takes from its academies for central services is going up
            from 5% to 5.5%, and the central IT budget is flat in cash terms.
            She would like the renewal proposal in two options, a three-year
            and a five-year term, by 4 December so that she can write the
            board paper over Christmas. She asked, not for the first time,
            for it on one page.""")),
    ],
})

INTERVIEWS[FV] = {
    "decision_maker": P("""
        On paper it's Dr Dunmore, Alistair, though nobody calls him that;
        he's "the Doc" to half the central team, because the scheme of
        delegation says anything over £250k goes to the CEO and then to the
        Finance & Audit Committee. In reality the person you need is Rachel
        Strand, the CFO. The Doc will not put his name to anything Rachel
        hasn't already taken apart line by line, and if she's lukewarm it
        simply never reaches the committee. What Rachel cares about,
        personally, is the per-pupil cost and being able to defend it in front
        of trustees; she came up through NHS finance and has an almost physical
        dislike of add-ons that creep. One practical thing that isn't written
        anywhere: her board papers have to be finalised ten working days before
        the Finance & Audit Committee, so if we want the renewal on the January
        agenda our numbers need to be with her before Christmas, not in the new
        year. The Doc, for his part, cares about one thing above all, which is
        attendance. The trust's persistent absence is worse than he'd like and
        the DfE regional director's office keeps asking about it, so anything
        we show him should lead with attendance and keep the pricing to a
        single line. He's perfectly civil, slightly grand, and I'd say he's
        never quite forgiven us for the census business, but that's another
        question. If I'm honest I'd add that the Chair of Trustees, a retired
        solicitor called Bill Armstrong, reads the committee papers very
        closely and occasionally asks a question that sends Rachel back to us
        for a fortnight, but he has never, to my knowledge, gone against her
        recommendation on a systems contract, and I wouldn't spend any of your
        time on him before the renewal. Rachel first, then the Doc, in that
        order, and always in writing for Rachel."""),
    "champion": P("""
        Kevin McGarry, Director of IT and Data: "KMac" to everyone, including
        himself on WhatsApp. He's been our man since the SIMS migration and
        frankly he's staked a fair bit of his reputation on us, which cuts both
        ways. What we've promised him: a named second-line engineer, Dev
        Sharma, so he isn't queuing with everyone else on the support desk
        (that went in after the census episode and Dev has been marvellous);
        two free places at Registra Live in Birmingham next spring for him and
        Sunniva, his data manager, which I've told him are "in the bag"; and
        early access to the Trust Insights beta. What he needs to look good
        internally is, bluntly, a quiet year. He wants the last few schools
        fully off their old SIMS habits, a clean autumn census, and something
        shiny he can put in front of the new COO to show central IT isn't just
        a cost line; the Insights dashboards would do that nicely if we can get
        the price right. The Hexham Pay pilot was also partly his idea; the
        results are still being pulled together and he's promised them to me
        "after half-term", so don't expect a verdict before then. If you only
        ring one person in your first week, ring Kevin."""),
    "hidden_commitments": P("""
        A few, I'm afraid, and I'd rather you heard them from me. First, the
        translations. When we sold Connect into the Tyneside schools I told
        Rachel and Kevin, on a call and not in writing, that the Polish,
        Romanian and Arabic translations for parent messages would be live by
        Easter 2027, and that if they weren't, Connect would be free of charge
        for a term across the trust. That's roughly £15k of goodwill hanging on
        a product roadmap I don't control, so please keep an eye on it.
        Second, Carol Hobbs at the Ashgill Federation was promised two INSET
        days of training each year at no charge; they're not on any order form.
        The September 2026 ones happened. Third, and this is the one Finance
        will trip over: when the three Tynedale schools joined the trust in
        September I agreed with Kevin that they'd stay on the current per-pupil
        rate until the renewal, rather than the list price for mid-term
        joiners. That's in a WhatsApp and nowhere else. None of these is huge
        on its own, but together they're the sort of thing that turns a
        friendly renewal into a row if a successor doesn't know about them."""),
    "history_sensitivities": P("""
        The big one is the spring census in January this year. The export fell
        over for nine schools, all the ones with dual-registered pupils, which
        in Fenwick-speak means the Hexham PRU and a couple of the Tynedale
        primaries, and the trust ended up submitting three days after the
        DfE deadline. Kevin and Sunniva were heroic; we were, let's say, less so.
        The fix was a hotfix from Dev's team, I wrote a grovelling letter to
        the Doc, and we issued a £6,200 service credit against the April
        invoice. It was resolved, in the sense that it won't happen again, but
        it is absolutely still sensitive: don't joke about census day, don't
        describe it as "a blip", and if the Doc raises it, just listen. Before
        my time there was also the business of the 2am texts during the SIMS
        migration, when a batch of parent messages went out in the middle of
        the night; Carol Hobbs still brings it up as a sort of party piece.
        Less serious, but she tells it well and you should laugh. And Lorraine,
        the DPO, is sensitive about anything data-protection-flavoured being
        sprung on her; she found out about a feature change from a head teacher
        once and has not let it go."""),
    "pricing_story": P("""
        It's per pupil because the trust keeps growing and Rachel wanted a
        price that scales predictably rather than haggling every time an
        academy joins. We set it at £21.40 per pupil on the October census
        roll, which includes a 12% discount for being a reference customer:
        they host visits and Kevin has spoken at two of our events, which is
        where that discount earns its keep. The uplift cap, CPI or 4% whichever
        is lower, was Rachel's condition for signing a five-year deal in 2022,
        and she'll want it again. Connect and Pay are priced per school because
        a lot of the Fenwick primaries are tiny rural schools with sixty-odd
        pupils, and a per-pupil add-on would have made them look absurdly cheap
        or absurdly expensive depending on who was counting. Also worth
        knowing: the 2024 near-miss, when there was talk of a tender, was
        settled by holding the rate rather than cutting it, so they regard the
        current figure as something they've already fought for."""),
    "unexpected_use": P("""
        Two things that always make our product people wince. The rural
        schools use the Timetable module to plan the minibus rota: they share
        three minibuses across eleven schools in the Tynedale and Hexham
        clusters, and somebody in central ops discovered that if you set each
        minibus up as a "room" and each run as a "lesson" you get clash
        detection for free. It works, more or less, and Kevin is rather proud
        of it, so please don't tell him it's unsupported. The other is
        breakfast club: they use Attend's late-mark codes to record who turns
        up to breakfast club, because it feeds their evidence for the free
        breakfast funding returns. It does mean their late figures look odd if
        you ever pull a report, so don't draw conclusions from them. Oh, and
        Sunniva exports Attend data into a spreadsheet for the governors every
        half term, which I suspect is what the Insights dashboards will
        eventually replace."""),
    "channels_surprises": P("""
        Kevin: WhatsApp, always, and he answers at all hours; an email to Kevin
        is a message he'll read on Friday. Sunniva: email, and she's very
        precise, so be precise back. Rachel: email only, please don't ring her,
        and keep it to one page with the number at the top; she told me once
        that a three-page email tells her the sender doesn't know what they're
        asking for. The Doc: through his PA, Janice, and nothing goes to him
        directly unless Rachel knows first. Carol Hobbs likes a phone call and
        a proper chat; budget twenty minutes. Now, who must never be surprised.
        Rachel, on anything to do with price. The Doc, on anything to do with
        attendance data. And above all Lorraine Ward, the DPO: under the
        contract we have to give thirty days' written notice of any new
        sub-processor, and she will go to the Doc if she hears about one from
        anybody but us. The Connect translation service is exactly that kind of
        thing, and she's already written to us about it. Deepak, the new COO,
        I'd treat as "never surprise" as well until you know him."""),
    "org_changes": P("""
        Quite a lot, in that quietly ominous way trusts have. The main thing is
        Deepak Patel, the new Chief Operating Officer, who started in
        September. He came from a big trust in the Midlands, he's reviewing
        every central contract over £50k, and he has the air of a man who's
        been told to find savings. Secondly, and this is very much not public,
        there's talk of a merger with the Coquet Learning Partnership, six
        schools up the coast, some time in 2027. Kevin mentioned it over a pint
        and Rachel didn't deny it when I asked sideways. If it happens, that's
        more pupils for us or a reason for a fresh procurement, depending on
        who's steering. Thirdly, central IT is being restructured; Kevin's role
        is in a consultation and may be re-graded or merged with estates, which
        would be bad for us because he's the champion. And the top-slice the
        trust takes from its academies for central services is going up from
        5% to 5.5% next year, so the heads will be even more sensitive to
        anything charged to them."""),
    "warning_signs": P("""
        The pattern before, back in 2024, went like this: Rachel stopped coming
        to the quarterly reviews and sent a deputy; then support tickets from
        the Hexham schools went up noticeably, mostly "how do I" stuff, which
        told us the training had worn off; then, a month or so later,
        procurement asked for our pricing "for a market test". That preceded
        the tender scare, which we headed off by holding the rate and throwing
        in the reference discount. This year I've seen some of the same shapes.
        Rachel mentioned in March that anything over £500k needs a market test
        at renewal, which she called "a formality, probably"; I didn't believe
        the "probably". Deepak has asked for a breakdown of charges per school
        and about data portability, which is what people ask when they're
        pricing an exit. And Kevin has gone a bit quieter on WhatsApp since the
        restructure consultation started, which may just be nerves. None of
        this is a crisis. All of it is worth watching."""),
    "renewal_risk": P("""
        If it slips, the stated reason will be value for money: they'll say
        they're obliged to benchmark a contract of this size and that the
        market test needs to run its course, and they'll probably put a
        competitor up as the comparator. That's the polite version. The real
        reason, if it happens, will be Deepak. His previous trust ran Arbor, he
        rates them, and a new COO consolidating onto the system he knows is the
        easiest win he can show the board in his first year. Add to that the
        Doc still being a little sore about the census, and the merger with
        Coquet giving everyone an excuse to "pause and review", and you can see
        how it might drift. The antidote, I think, is Rachel: if she's
        satisfied the price is defensible and Kevin survives the restructure,
        Deepak will find it hard to justify the disruption of moving forty
        schools mid-year."""),
}

QUESTIONS += [
    Q(FV, "Who's really calling the shots on the Fenwick renewal - the chief exec or the money person?",
      [iv("decision_maker")], ["Rachel"]),
    Q(FV, "How far ahead of her committee does the finance director need our numbers in?",
      [iv("decision_maker")], ["ten working days"]),
    Q(FV, "What happens if the foreign-language version of the parent app isn't ready on time?",
      [iv("hidden_commitments")], ["Easter 2027"]),
    Q(FV, "Whats the support ticket number from the census blowup in january?",
      [act("a-fv-001"), act("a-fv-002")], ["REG-48213"]),
    Q(FV, "How much did we knock off their bill to make up for the census mess?",
      [act("a-fv-003"), iv("history_sensitivities")], ["6,200"]),
    Q(FV, "When did Harriet first sit down with the new ops director at Fenwick?",
      [act("a-fv-011")], ["15 September"]),
    Q(FV, "Is it true one of the clusters uses the timetabler for something that's got nothing to do with lessons?",
      [iv("unexpected_use")], ["minibus"]),
    Q(FV, "Who do I have to warn before we bring in a new third party that touches their data, and how much notice do they get?",
      [iv("channels_surprises"), act("a-fv-010"), accr(FV)], ["Lorraine"]),
    Q(FV, "Any chance Fenwick is about to tie the knot with another trust?",
      [iv("org_changes"), iv("renewal_risk")], ["Coquet"]),
    Q(FV, "If Fenwick walk, what's the actual reason going to be behind the scenes?",
      [iv("renewal_risk"), act("a-fv-013")], ["Arbor"]),
    # hard abstains: the pilot is only planned / results pending; the rate is never given
    Q(FV, "What were the results of the Hexham Pay pilot?"),
    Q(FV, "What was the trust's persistent absence rate last year?"),
]

# ---------------------------------------------------------------------------
# 2. St Aldhelm's Preparatory School: single independent prep school, Dorset
# ---------------------------------------------------------------------------
SA = "acc-st-aldhelms"
ACCOUNTS.append({
    "id": SA,
    "name": "St Aldhelm's Preparatory School",
    "owner_id": DEPARTING,
    "arr": 11800,
    "segment": "smb",
    "industry": "Education - independent prep school",
    "territory": "UK South West",
    "renewal_date": "2027-08-31",
    "contract_notes": P("""
        Annual rolling licence (September to August) for Registra MIS, Connect
        and Pay (trips, tuck shop and lunches), invoiced each September:
        £11,800 a year after a 10% charity discount, which the contract says is
        reviewed annually. The Bursar requires a purchase order number on every
        invoice; payment by BACS within 30 days. Either party may give one
        term's notice before 31 May."""),
    "contacts": [
        contact("c-sta-fairweather", "Hugo Fairweather", "Headmaster",
                "decision_maker", email="head@staldhelms.test", channel="email",
                strength=3, notes="Correspondence via Fiona Lyle in the school office."),
        contact("c-sta-pryce", "Gillian Pryce", "Bursar", "economic_buyer",
                email="bursar@staldhelms.test", phone="01632 960 418",
                channel="phone", strength=4,
                notes="Uses the bursary landline; best reached before 10am."),
        contact("c-sta-achebe", "Tola Achebe", "Director of Studies", "champion",
                email="t.achebe@staldhelms.test", phone="07700 900 236",
                channel="email", strength=5),
        contact("c-sta-moss", "Barnaby Moss",
                "Head of Boarding and Designated Safeguarding Lead", "user",
                email="b.moss@staldhelms.test", phone="07700 900 851",
                channel="text", strength=2),
        contact("c-sta-lyle", "Fiona Lyle", "School Secretary and Registrar",
                "user", email="office@staldhelms.test", phone="01632 960 400",
                channel="phone", strength=4,
                notes="Runs the Headmaster's diary and inbox."),
    ],
    "opportunities": [
        opportunity("o-sta-renewal", "Annual renewal 2027/28", "proposal", 12150,
                    "2027-05-31",
                    "Confirm the discount position with the Bursar before the governors' finance meeting"),
        opportunity("o-sta-boarding", "Boarding module (roll-calls and exeats)",
                    "qualification", 2400, "2027-03-31",
                    "Demo for Barnaby Moss on 12 November"),
    ],
    "activities": [
        activity("a-sta-001", "email", "2026-01-14T09:12:00Z", ["c-sta-pryce"],
                 "Boarding module - quote please", L("""
            Dear Harriet,

            Mr Moss has mentioned your boarding module to the Headmaster. Before
            anyone gets carried away, could you send me a written quotation I
            can put in front of the governors' finance committee, set out
            against what we already pay you each year. I would rather not be
            surprised by it in November.

            With kind regards,
            Gillian Pryce
            Bursar"""), direction="inbound"),
        activity("a-sta-002", "call", "2026-02-03T08:40:00Z", ["c-sta-pryce"],
                 "Gillian - VAT, numbers and the discount", P("""
            Early call with Gillian (she prefers before the school day gets
            going). Since VAT went on to fees, the school is down 18 pupils on
            last January, mostly in the pre-prep. The governors are going
            through every line of the budget. She asked, quite directly,
            whether the 10% charity discount was "safe", since the contract
            says it is reviewed annually. I told her it would stay as long as
            I'm looking after the account. She seemed reassured. Quote for the
            boarding module sent separately; she said it would have to wait
            for next year's budget.""")),
        activity("a-sta-003", "email", "2026-03-09T09:03:00Z",
                 ["c-sta-fairweather"], "This morning's message to parents", L("""
            Harriet,

            A message intended only for the parents of our Year 8 boarders,
            concerning a case of head lice in Wessex House, was sent at 7.30 this
            morning to every family in the school, including our nursery
            parents. I have had eleven telephone calls before nine o'clock.

            I expect a full explanation today.

            H. Fairweather
            Headmaster"""), direction="inbound"),
        activity("a-sta-004", "meeting", "2026-03-12T11:00:00Z",
                 ["c-sta-fairweather", "c-sta-pryce", "c-sta-lyle"],
                 "Visit to St Aldhelm's - Connect message incident", P("""
            Drove down to see the Headmaster, Gillian and Fiona in person.
            Apologised for Monday's message about head lice going to the whole
            school instead of the Year 8 boarding parents. Explained the cause:
            when a Connect draft is edited after the recipient group has been
            chosen, a defect reset the group to "whole school". Our ticket is
            REG-51977; the fix was deployed on 11 March and applies to every
            customer.

            The Headmaster was courteous and cold. He said he accepted the
            apology "but not the explanation", and asked that any change
            parents might notice in Connect be shown to him first. I offered to
            draft the letter to parents for him, which he accepted, and Fiona
            sent it that afternoon. Gillian walked me to the car and said it
            would blow over "by half-term, if nothing else happens".""")),
        activity("a-sta-005", "note", "2026-03-13T16:30:00Z", ["c-sta-lyle"],
                 "REG-51977 closed", P("""
            Support ticket REG-51977 (Connect recipient group reset to whole
            school on editing a draft) closed. Fix shipped in release 8.14.2 on
            11 March. Root cause: the draft editor re-initialised the audience
            selector. Regression test added. Fiona confirmed the school office
            has tested sending to a single year group three times without
            trouble. For now the office is sending routine notices by plain
            email rather than Connect.""")),
        activity("a-sta-006", "call", "2026-05-06T16:15:00Z", ["c-sta-achebe"],
                 "Tola - timetable template", P("""
            Call with Tola about next year's timetable. She needs the template
            to carry the prep-school fixtures: games afternoons on Wednesday
            and Friday, Saturday morning school for Years 5 to 8, and the
            chapel slot on Tuesday and Thursday. Our consultant will build it
            and send it by 22 May. Tola's aim is to publish the timetable to
            staff before the end of the summer term, which the school has never
            managed before.""")),
        activity("a-sta-007", "email", "2026-06-24T18:22:00Z", ["c-sta-achebe"],
                 "Timetable is out!", L("""
            Harriet,

            Just to let you know the 2026/27 timetable went out to all staff
            this morning, 24 June, more than a week before the end of term.
            Not a single clash on the games afternoons. The Head mentioned it
            at the staff meeting, which I think is the nearest thing to a
            medal we give out here.

            Thank you to you and to Amrit for the template.

            Tola"""), direction="inbound"),
        activity("a-sta-008", "email", "2026-09-08T10:00:00Z", ["c-sta-pryce"],
                 "Annual invoice 2026/27", L("""
            Dear Gillian,

            Please find attached invoice INV-260912 for the 2026/27 licence,
            £11,800, quoting your purchase order SA-PO-2627-044. As discussed,
            the charity discount has been applied as before.

            With best wishes,
            Harriet"""), direction="outbound"),
        activity("a-sta-009", "note", "2026-09-30T09:00:00Z", ["c-sta-pryce"],
                 "Payment received", P("""
            BACS payment of £11,800 received on 29 September against
            INV-260912 (PO SA-PO-2627-044). Paid in full, well inside terms.
            Credit control notified.""")),
        activity("a-sta-010", "note", "2026-10-07T13:10:00Z", ["c-sta-moss"],
                 "Boarding module demo booked", P("""
            Barnaby has finally agreed to a demo of the boarding module, booked
            for 12 November, after the exeat weekend. He wants to see the
            evening roll-call on an iPad and the exeat sign-out, and will bring
            two house parents. I've asked him to tell me honestly what he'd
            like to see rather than sitting through the standard script.
            Gillian knows it is happening and has reminded me that nothing can
            be bought before the next budget.""")),
    ],
})

INTERVIEWS[SA] = {
    "decision_maker": P("""
        St A's, as everyone down there calls it, is a small school, so in
        theory the Headmaster decides everything.
        That's Hugo Fairweather, "the Head" or "HF" on the staffroom notices,
        and he does sign. But the money goes through Gillian Pryce, the Bursar,
        and at a prep school of this size the Bursar is effectively the finance
        director, the HR department and the estates team rolled into one, so
        in practice the renewal is Gillian's decision and Hugo ratifies it.
        The children call her "Mrs P", and so, when she's out of earshot, does
        most of the staff room.
        Gillian cares about two things: the number on the line in her budget,
        and not having to explain to the governors' finance committee, which
        meets in November, why something went up. Since VAT went on to school
        fees she's been going through every line with a red pen. Hugo cares
        about how things look to parents. Connect is the bit of us parents
        actually see, and he's very particular that the school should feel
        like a family prep school, not "a comprehensive with a crest", as he
        once put it. Anything parent-facing he'll want to see first. He's
        courteous, a little old-school, and he has a long memory."""),
    "champion": P("""
        Tola Achebe, the Director of Studies, without question. She runs the
        timetable, the assessment calendar and, as far as I can tell, most of
        the school's internal logic. She fought to bring us in and she likes
        the timetabling side particularly. What we promised her was a proper
        template that builds in the prep-school oddities (games afternoons, the
        Saturday morning school, the chapel slot) so she wasn't rebuilding it
        from scratch every summer; our consultants built it in May and it
        worked. What she needs to look good is simple: the timetable published
        early and without clashes, because the Head notices, and a good word
        from the staff. This summer it went out more than a week before term
        ended, which I gather was a first. She's also keen on the boarding
        module but diplomatically leaves that to Barnaby. If you need a
        friendly read on how the Head or the Bursar are feeling, Tola will give
        you an honest one, usually with a cup of tea."""),
    "hidden_commitments": P("""
        Two, both with Gillian. The first: the charity discount. The contract
        says the 10% is "reviewed annually", which Gillian reads as "could
        vanish". When we spoke in February, after VAT had taken a bite out of
        their numbers, I told her the 10% would stay as long as I was looking
        after the account. That's not written anywhere apart from my own call
        note, and of course I'm not going to be looking after it much longer,
        so you'll need to decide how to handle that conversation. The second:
        the two card readers in the tuck shop. They were meant to be a term's
        trial when Pay went in, and somehow they've never been invoiced;
        they're effectively on loan indefinitely. Gillian knows this perfectly
        well and has never mentioned it, and I'd leave it that way. There's
        also a vaguer thing with Hugo: I said we'd "always give him a preview"
        of any change parents would notice in Connect. That's more of a
        courtesy than a commitment, but he'll remember I said it."""),
    "history_sensitivities": P("""
        The nits email. I'm afraid that's what everyone calls it. In March a
        message meant for the parents of the Year 8 boarders, about a case of
        head lice in one of the boarding houses, went to the whole school,
        nursery included, because a bug in Connect reset the recipient group
        when the draft was edited. The Head had, I think, eleven phone calls
        before nine o'clock and a WhatsApp group of nursery mothers in uproar.
        We fixed the bug within two days, I went down to Dorset in person the
        same week, apologised to Hugo, Gillian and Fiona, and drafted the
        letter to parents for him. He accepted the apology but, as he put it,
        "not the explanation". It is still sensitive. Please don't mention it
        first, don't make light of it, and be very careful with any message
        template demo in front of him. The other slightly tender topic is how
        much they paid to move from their previous system; Gillian thinks the
        data migration was overpriced and it's best not to revisit it."""),
    "pricing_story": P("""
        It's a flat annual licence because per-pupil pricing makes no sense
        for a school of two hundred-odd children: the numbers wobble every
        term and Gillian wanted one figure she could put in the budget and
        forget. The charity discount is there because they're a registered
        charity and we give that across our independent schools if asked, and
        Gillian asked. Pay was thrown in at no extra cost for the first year to
        get them off paper cheques for trips, which was the Head's personal
        bugbear; it's been charged since. The invoice goes out every September
        because their financial year runs September to August, and it has to
        quote a PO or it sits in Gillian's in-tray indefinitely. It's not a big
        account, but it's a very good reference in the prep-school world, where
        heads talk to each other constantly, and that's worth more than the
        revenue."""),
    "unexpected_use": P("""
        The Friends of St Aldhelm's, the parents' association, run their
        second-hand uniform shop through Pay. They set up each item as a "trip"
        with a price and a limited number of places, parents "book" a blazer or
        a pair of games socks, and the association's treasurer reconciles it
        from the Pay report at the end of term. It's ingenious and it raises a
        surprising amount for the minibus fund. The other odd use is that
        Barnaby's boarding team use the ordinary Attend registers for the
        evening roll-call in the boarding houses, with a couple of made-up
        codes for "at prep", "at music" and "exeat". That's actually why he's
        interested in the boarding module, because the workaround is creaking,
        but it does mean the attendance figures for weekends look peculiar."""),
    "channels_surprises": P("""
        Gillian: the telephone, the landline in the bursary, and ideally before
        10 in the morning, because after that she's in meetings or walking the
        site with the groundsman. She reads email but replies to it grudgingly.
        The Head: through Fiona Lyle in the school office, who manages his
        diary and his inbox and is the single most useful person at the
        school; if Fiona thinks something should wait, it waits. Tola: email,
        and she replies in the evenings. Barnaby: text message, he's always
        somewhere between a boarding house and a rugby pitch. The person who
        must never be surprised is the Head, on anything parents might see: a
        change to the Connect app, a new login screen, an email from us to
        parents, anything. After the business in March, if parents notice
        something before he does, you'll have a very polite and very frosty
        letter. Gillian must never be surprised by an invoice; tell her the
        figure before it arrives."""),
    "org_changes": P("""
        Two big things. Hugo Fairweather is retiring at the end of the summer
        term 2027 after fourteen years, and the governors are recruiting now;
        the advert went out in October. A new head might love us or might
        arrive with views formed at a previous school, and in my experience new
        heads like to change the parent-facing things first. The second, which
        is confidential, is that the governors are in exploratory talks with
        Sherston Abbey, a senior school about twenty miles away, about some
        kind of formal association, a "family of schools" arrangement. Sherston
        run a different system, and if the two schools start sharing a
        bursary, Gillian may not be the one deciding for much longer. Less
        dramatic: pupil numbers are down since VAT came in, the nursery is
        being looked at, and there's talk of cutting the Saturday morning
        school, which would simplify Tola's timetable enormously."""),
    "warning_signs": P("""
        Small ones, at a school this size. In early 2025 Gillian asked me to
        confirm the notice period in writing, and a few weeks later asked for a
        price cut, citing VAT on fees; we settled by keeping the charity
        discount and skipping the uplift. Otherwise, watch Connect logins:
        after the nits email the office sent everything by plain email for
        about five weeks. And if Hugo declines the annual review, worry; he did
        that once before, the year he nearly moved to a cheaper system."""),
    "renewal_risk": P("""
        The stated reason, if it comes, will be money: pupil numbers down after
        VAT, a tight budget, every supplier being asked to justify itself, and
        Gillian will be entirely sincere about that. The real reason would be a
        mix of two things. One, the Head has never quite got over the nits
        email, and he's retiring; he may feel that leaving his successor a
        clean slate is a kindness. Two, if the Sherston Abbey arrangement goes
        ahead, the obvious efficiency is for the prep school to move onto
        whatever the senior school uses, and nobody will want to say that out
        loud until the governors have announced anything. My honest view is
        that it's safe for 2027/28 if the discount holds and the Head is kept
        sweet, and genuinely at risk after that."""),
}

QUESTIONS += [
    Q(SA, "At St A's who do I actually need to win over, the head or the bursar?",
      [iv("decision_maker")], ["Gillian"]),
    Q(SA, "Are the card machines in the tuck shop something they actually pay for?",
      [iv("hidden_commitments")], ["loan"]),
    Q(SA, "Did Harriet do some sort of side deal with Mrs P about them keeping their money-off?",
      [iv("hidden_commitments"), act("a-sta-002")], ["10%", "as long as"]),
    Q(SA, "What was the whole nits fiasco about?",
      [iv("history_sensitivities"), act("a-sta-003"), act("a-sta-004"), act("a-sta-005")], ["whole school"]),
    Q(SA, "What was the ticket ref for the bug that sent the message to the wrong parents?",
      [act("a-sta-004"), act("a-sta-005")], ["REG-51977"]),
    Q(SA, "How much did St Aldhelm's pay us this autumn and what day did the money actually land?",
      [act("a-sta-009")], ["11,800", "29 September"]),
    Q(SA, "Whats the bursar's direct number?",
      [con("c-sta-pryce")], ["01632 960 418"]),
    Q(SA, "When's the best time of day to ring Mrs P?",
      [iv("channels_surprises"), con("c-sta-pryce")], ["before 10"]),
    Q(SA, "What does the PTA flog through our payments module?",
      [iv("unexpected_use")], ["uniform"]),
    Q(SA, "When did Tola get the timetable out to the staff this year?",
      [act("a-sta-007")], ["24 June"]),
    # hard abstain: the demo is only booked; its outcome is never captured
    Q(SA, "Did Barnaby like the boarding module demo?"),
    # off-topic
    Q(SA, "Do St Aldhelm's offer parents a sibling discount on the school fees?"),
]

# ---------------------------------------------------------------------------
# 3. Kestrel Academies Trust: 12-academy MAT, West Yorkshire
# ---------------------------------------------------------------------------
KA = "acc-kestrel"
ACCOUNTS.append({
    "id": KA,
    "name": "Kestrel Academies Trust",
    "owner_id": DEPARTING,
    "arr": 150650,
    "segment": "mid_market",
    "industry": "Education - multi-academy trust",
    "territory": "UK Yorkshire",
    "renewal_date": "2027-08-31",
    "contract_notes": P("""
        Three-year term, 1 September 2024 to 31 August 2027. Registra MIS,
        Attend, Timetable and Connect at all 12 academies (8 primary, 3
        secondary, 1 special school); Pay at the three secondaries only.
        Banded per-school pricing: primary £6,900, secondary £19,500, special
        school £3,450 (50% of the primary band). Pay £5,200 per secondary.
        Trust Insights central licence £17,900. Invoiced per academy (12
        invoices plus the central licence) each September. Prices fixed for the
        term, no uplift."""),
    "contacts": [
        contact("c-kat-brennan", "Siobhan Brennan", "Chief Executive Officer",
                "decision_maker", email="s.brennan@kestrel.test", channel="email",
                strength=3, notes="Diary managed by her PA, Aisha Karim."),
        contact("c-kat-amin", "Farid Amin",
                "Chief Finance and Operations Officer", "economic_buyer",
                email="f.amin@kestrel.test", phone="0113 496 0718",
                channel="teams", strength=2,
                notes="Expects a calendar invite for any call."),
        contact("c-kat-holroyd", "Jean Holroyd",
                "Trust Business Manager (lead SBM)", "champion",
                email="j.holroyd@kestrel.test", phone="07700 900 562",
                channel="phone", strength=5),
        contact("c-kat-thackeray", "Ben Thackeray",
                "Head Teacher, Calder Vale Academy", "blocker",
                email="head@caldervale.kestrel.test", channel="email", strength=1),
        contact("c-kat-ng", "Wendy Ng", "Data and Exams Manager", "user",
                email="w.ng@kestrel.test", channel="email", strength=4,
                notes="Avoid May and June (exam season)."),
        contact("c-kat-sutcliffe", "Mark Sutcliffe",
                "Head Teacher, Hollins Bank School (special school)", "influencer",
                email="m.sutcliffe@hollinsbank.kestrel.test", channel="phone",
                strength=4),
    ],
    "opportunities": [
        opportunity("o-kat-renewal", "Renewal September 2027", "discovery",
                    158000, "2027-07-31",
                    "Options paper for Farid by the end of January 2027"),
        opportunity("o-kat-pay", "Pay for the eight primaries", "proposal",
                    22400, "2027-01-31", "Jean to take it to the SBM group"),
        opportunity("o-kat-send", "SEND provision mapping add-on (Hollins Bank)",
                    "closed_won", 3600, "2026-06-30"),
    ],
    "activities": [
        activity("a-kat-001", "email", "2026-01-09T08:15:00Z", ["c-kat-holroyd"],
                 "Twelve invoices again", L("""
            Morning Harriet,

            Happy new year. Farid has just been through the September invoices
            with me again and he is not happy that he has twelve of them plus
            the Insights one, each needing its own coding. He's asked whether
            you can send one trust-level invoice with a breakdown by academy
            instead. I said I'd ask nicely. He won't ask nicely.

            Jean"""), direction="inbound"),
        activity("a-kat-002", "call", "2026-01-20T15:00:00Z", ["c-kat-amin"],
                 "Farid - data export question", P("""
            Scheduled Teams call with Farid about the invoicing. Towards the
            end he asked what format a full data export of all pupil, staff and
            attendance records would come in, and how long it would take to
            produce for all twelve academies. He said it was "just
            housekeeping" for the trust's risk register. I said CSV and the
            standard CTF files, within ten working days, and that I'd confirm
            in writing. Sent the note the same afternoon.""")),
        activity("a-kat-003", "meeting", "2026-02-26T13:30:00Z",
                 ["c-kat-brennan", "c-kat-thackeray", "c-kat-sutcliffe",
                  "c-kat-holroyd"],
                 "Heads' forum - Registra roadmap presentation", P("""
            Presented the roadmap to the heads' forum at the trust office in
            Halifax; Siobhan chaired, about twenty minutes plus questions.

            Questions: Ben Thackeray asked, in front of everyone, why the trust
            was paying more for our timetabler than Bromcom would charge for
            theirs, and whether anyone had "done the maths" since the 2025
            start of term at Calder Vale. Siobhan let it run. Mark Sutcliffe
            spoke up for Connect and the home-school diary at Hollins Bank,
            which helped. Two primary heads asked about Pay for the primaries.

            Ben also mentioned, as a reason for wanting nothing changed, that
            Calder Vale is expecting an Ofsted inspection and that he does not
            want "another timetable disaster" beforehand.

            Afterwards Jean said the heads were "about seventy-thirty with us"
            and that Ben was the thirty. Siobhan thanked me and said little
            else.""")),
        activity("a-kat-004", "email", "2026-03-04T10:20:00Z", ["c-kat-thackeray"],
                 "September start of term at Calder Vale", L("""
            Dear Ben,

            Thank you for your questions at the heads' forum. As promised, I'd
            like to confirm that we will have an engineer on site at Calder
            Vale for the first two days of the autumn term, 1 and 2 September,
            at no charge, to support the timetable rollover and be on hand for
            your staff. We will send you the rollover plan by the end of June,
            before it goes to anyone else at the school.

            Kind regards,
            Harriet"""), direction="outbound"),
        activity("a-kat-005", "note", "2026-03-30T11:45:00Z", ["c-kat-sutcliffe"],
                 "Hollins Bank case study", P("""
            Mark Sutcliffe has agreed to a written case study and a filmed visit
            about the home-school diary at Hollins Bank. In return, as agreed
            with Mark and Jean, Hollins Bank gets Pay free of charge for the
            rest of the contract term. This is not on the order form; Finance
            must not invoice Pay for Hollins Bank. Filming pencilled for May.
            """)),
        activity("a-kat-006", "email", "2026-04-15T14:05:00Z", ["c-kat-sutcliffe"],
                 "PO - SEND provision mapping", L("""
            Hi Harriet,

            Our PO for the SEND provision mapping add-on is KAT-PO-2291, £3,600
            for the year. Please invoice Hollins Bank directly, not the trust,
            and mark it for Jean's attention.

            Thanks very much,
            Mark"""), direction="inbound"),
        activity("a-kat-007", "call", "2026-05-12T12:30:00Z", ["c-kat-holroyd"],
                 "Jean - budget and new schools", P("""
            Catch-up call with Jean. The trust's budget round is done; no cuts
            to central systems this year but Farid wants "options" for next
            year. Two primaries currently maintained by Calderdale are expected
            to join the trust in 2027, probably at Easter, which would take it
            to fourteen academies. Jean wants Pay for the primaries discussed at
            the SBM group before any price goes to Farid.""")),
        activity("a-kat-008", "note", "2026-07-15T09:20:00Z", ["c-kat-sutcliffe"],
                 "SEND add-on invoice paid", P("""
            Invoice INV-260771 for the SEND provision mapping add-on (£3,600,
            PO KAT-PO-2291) was paid by Hollins Bank on 14 July. Opportunity
            closed as won.""")),
        activity("a-kat-009", "meeting", "2026-09-02T16:00:00Z",
                 ["c-kat-thackeray", "c-kat-ng"],
                 "Calder Vale - first two days of term", P("""
            Priya Nair from our implementation team was on site at Calder Vale
            on 1 and 2 September as promised to Ben. The timetable rollover ran
            cleanly; two minor room clashes were fixed before lessons on day
            one. Wendy Ng came over from the trust office to help with the
            option blocks. Ben came to the debrief at the end of day two and
            said it had been "fine", which from Ben is a standing ovation. He
            asked that the same arrangement be in place next September.""")),
        activity("a-kat-010", "email", "2026-09-23T17:40:00Z", ["c-kat-amin"],
                 "Renewal - options paper", L("""
            Harriet,

            Ahead of the renewal I would like an options paper covering:
            (a) a single trust-level invoice; (b) three-year and five-year
            pricing for all academies including the two expected to join;
            (c) Pay for the primaries. Please let me have it by the end of
            January. I will be sharing it with Siobhan and the trust board.

            Farid Amin
            CFOO"""), direction="inbound"),
        activity("a-kat-011", "chat", "2026-10-05T20:10:00Z", ["c-kat-holroyd"],
                 "WhatsApp - heads' forum agenda", L("""
            Jean: Thought you should know - the heads' forum on 19 November has
            "MIS review" on the agenda. Ben has invited Bromcom to do a 20 min
            slot.
            Jean: Don't tell him I told you.
            Harriet: Thank you, that's really helpful. Can we get a slot too?
            Jean: I'll ask Siobhan. She'll probably say yes to keep it fair.""")),
        activity("a-kat-012", "note", "2026-10-14T10:00:00Z", ["c-kat-ng"],
                 "Wendy - census and exam entries", P("""
            Wendy confirmed the autumn census went through for all twelve
            academies without errors. She asked again about a custom report
            for exam entries; I said we'd go through what she needs in
            November and that I couldn't promise a build. She is building her
            own mark sheets in the meantime.""")),
    ],
})

INTERVIEWS[KA] = {
    "decision_maker": P("""
        Siobhan Brennan, the CEO, signs, and the trust board ratifies anything
        over £100k, which the renewal will be. But the person who actually
        decides is Farid Amin, the Chief Finance and Operations Officer, CFOO,
        which he insists on, and Siobhan has told me more or less in those
        words that she "does what Farid recommends on systems". Farid cares
        about centralisation. He inherited a trust where every academy bought
        its own everything, and he has spent three years dragging contracts
        into the centre; our twelve separate invoices offend him personally,
        and he mentions them every time we meet. Siobhan, meanwhile, cares
        about her heads. She runs the trust through the heads' forum, which
        meets every half term, and she will not sign anything the heads are
        visibly unhappy about, which is where Ben Thackeray comes in. So the
        route is: Farid's numbers, the heads' forum's mood, then Siobhan's
        signature. Farid has asked for an options paper by the end of January;
        that paper, in effect, is the renewal."""),
    "champion": P("""
        Jean Holroyd, "Jeanie" to the SBMs, Jean to you until she tells you
        otherwise: the Trust Business Manager and the lead school business
        manager across the twelve academies. She's been with us since the
        first school went live and she's the one who quietly fixes things
        before they become complaints. What have we promised her? Chiefly, that
        we would consolidate the billing into one trust invoice by April 2027,
        which she needs because Farid holds her responsible for chasing twelve
        sets of paperwork. Our finance team have said it's doable but it isn't
        done, and if it slips she looks as though she oversold us. I also
        promised her that the SBM group would get a say in the Pay roll-out to
        the primaries before anything is priced. What does she need to look
        good? The single invoice, a smooth Pay decision for the primaries, and
        no drama from Calder Vale. She's invaluable and slightly
        over-stretched; her mobile is the quickest way to her."""),
    "hidden_commitments": P("""
        Three that aren't in the contract. One: Hollins Bank, the special
        school, has Pay free of charge. That was agreed in March in return for
        a case study and a filmed visit; it's in an internal note and nowhere
        in the order form, so our billing people may try to invoice it. Two:
        the onsite hand-holding at Calder Vale. After the 2025 timetable
        business I agreed with Ben Thackeray that we'd put an engineer on site
        for the first two days of every autumn term for the rest of the
        contract, at no charge. That happened this September, Priya went, and
        Ben will expect it again in September 2027, renewal or no renewal.
        Three, smaller: Wendy Ng, the data and exams manager, was told on a
        call that we'd look at a custom exam entries report. I said "look at",
        not "build", but I doubt she remembers the distinction. And the single
        invoice by April 2027 that I promised Jean, which I've covered under
        the champion question."""),
    "history_sensitivities": P("""
        Calder Vale, the 2025 start of term. The timetable for the new academic
        year had a clash that nobody caught, a rollover of the option blocks
        went wrong, and on the first day back around 140 Year 10 pupils turned
        up to lessons with no teacher assigned. Ben Thackeray had to stand in
        front of his staff and explain it, and he took it very personally; he'd
        argued against moving off his old timetabler and felt we'd made a fool
        of him. We resolved it by sending two people on site for a week,
        rebuilding the blocks, and giving a 15% credit on the Timetable element
        for that year. It's resolved technically. Emotionally, for Ben, it
        isn't, and it's the reason he's our loudest critic at the heads' forum.
        Please don't call it "the Calder Vale incident" in front of him; if you
        must refer to it at all, say "the start of term last year". Farid,
        incidentally, regards the whole thing as evidence that heads shouldn't
        choose systems, which helps us a little with him."""),
    "pricing_story": P("""
        It's banded per school, because when the trust came to us in 2024
        Farid wanted something simple he could explain to the board in one
        table: a primary price, a secondary price and a special school price,
        and no per-pupil arithmetic. The special school, Hollins Bank, is at
        50% of the primary band because it's tiny, about eighty pupils, and has
        very particular needs; Mark Sutcliffe made the case and Siobhan backed
        him. Pay is only at the three secondaries because the primaries were on
        a different payments provider with a contract that didn't end until
        this year. Three years fixed, no uplift, because the trust had just
        come through a painful budget round and wanted certainty; we accepted
        lower growth for a longer term. The Trust Insights central licence was
        a separate line so Farid could charge it to the central budget rather
        than the academies. That separate line, and the twelve invoices, are
        exactly what he now wants to tidy up."""),
    "unexpected_use": P("""
        Hollins Bank, the special school, is where the creative stuff happens.
        They use Connect to send a daily "home-school diary" to parents of the
        non-verbal pupils: photos and a few lines about what the child did, ate
        and enjoyed, which replaced a paper book that went home in the school
        bag. The app was never meant for daily photo traffic, and their storage
        use is extraordinary, but parents love it and Mark Sutcliffe has shown
        it off at two conferences. They also use Attend to log the arrival of
        the council-funded taxis and minibuses that bring most of their pupils
        in, because transport is the single biggest cause of "late" marks and
        they needed the evidence to argue with the council. Elsewhere in the
        trust it's ordinary usage, though Wendy has built some rather clever
        mark sheets for exam entries that aren't what the assessment module
        was designed for."""),
    "channels_surprises": P("""
        Farid: a Teams call with a calendar invite, always. He regards an
        unscheduled phone call as a discourtesy, and he'll tell you so. Email
        is fine for documents. Jean: her mobile, any time; she'd rather you
        rang than wrote, and she answers WhatsApp in the evenings. Siobhan:
        email, copied to her PA Aisha, who runs her diary; Siobhan reads
        everything but replies to very little. Wendy: email, and please avoid
        May and June entirely, that's exam season and she will not thank you.
        Mark Sutcliffe: phone or a visit, he loves showing people round. Who
        must never be surprised? Ben Thackeray. Anything that touches Calder
        Vale (a release, a change to the timetabler, a support engineer
        visiting) Ben must hear about before anyone else, including before his
        own staff. If he hears something second-hand he'll take it to the
        heads' forum as evidence that we go round him. Farid must never be
        surprised by anything with a price on it."""),
    "org_changes": P("""
        Three things. First, the trust is growing: two primaries currently
        maintained by Calderdale, the Brighouse pair as everyone calls them,
        are due to join in 2027, probably at Easter. That's good for us if
        they're brought onto our system, and a reason for Farid to re-tender
        everything if he wants one. Second, Farid's job is being split. The
        trust has approved a new Director of Operations post, which would take
        estates, IT and probably systems procurement away from him; recruitment
        is in the spring. We don't know who it'll be, and the new person could
        easily become the decision maker for us. Third, Calder Vale is due an
        Ofsted inspection, the window opened this term, and until that's done
        Ben won't tolerate any change at his school, and Siobhan won't push
        him. There's also some chatter about the trust's central services
        charge going up, but nothing concrete."""),
    "warning_signs": P("""
        Before, the pattern was that Calder Vale went quiet. In the spring of
        2025 Ben's school stopped using Connect for parent messages and started
        using a free messaging app, without telling anyone; the first we knew
        was when their Connect usage dropped to almost nothing. A few months
        later came the start-of-term timetable business and a formal
        complaint. So a school quietly routing around us has, in this trust,
        preceded a bust-up. This year, the signs I've noted: in January Farid
        asked what format a full data export would come in and how long it
        would take, "just housekeeping", he said, and I don't believe him;
        someone at the centre has asked Wendy for a list of all our
        integrations; and Jean told me in October that Ben has invited Bromcom
        to present at the November heads' forum. Individually explicable.
        Together, I'd take them seriously."""),
    "renewal_risk": P("""
        The stated reason would be "alignment and value": the trust wants one
        system, one contract and one invoice, and is obliged to test the market
        before committing a growing trust to another three years. Farid will
        put it beautifully. The real reason would be Ben Thackeray. He has been
        lobbying the heads' forum to move to Bromcom since the 2025 timetable
        business, and Siobhan won't overrule a bloc of heads. If he persuades
        even three or four of the secondary and larger primary heads, Siobhan
        will let Farid run a procurement, and Farid, who would quite like one
        contract for everything anyway, won't stop it. The other real factor is
        the single invoice: if we haven't delivered it by April, Jean can't
        defend us, and Farid gets to say "they couldn't even do that". Deliver
        the invoice, keep Ben's school boring, and I think it renews. If it
        doesn't go our way, go and see Jean first."""),
}

QUESTIONS += [
    Q(KA, "Whose arm do I need to twist to get Kestrel renewed?",
      [iv("decision_maker")], ["Farid"]),
    Q(KA, "What did Harriet promise Jeanie on the billing side of things?",
      [iv("champion"), iv("hidden_commitments"), iv("renewal_risk")], ["April 2027"]),
    Q(KA, "Why's the special school so cheap compared with the rest of the trust?",
      [iv("pricing_story"), accr(KA)], ["50%"]),
    Q(KA, "What PO did Hollins Bank raise for the SEN mapping bolt-on?",
      [act("a-kat-006"), act("a-kat-008")], ["KAT-PO-2291"]),
    Q(KA, "Which head is trying to get us binned in favour of Bromcom?",
      [iv("renewal_risk"), iv("warning_signs"), act("a-kat-003"), act("a-kat-011")], ["Ben"]),
    Q(KA, "When's the heads' get-together where they're going to talk about ditching the MIS?",
      [act("a-kat-011")], ["19 November"]),
    Q(KA, "What actually went wrong at Calder Vale on the first day back in 2025?",
      [iv("history_sensitivities")], ["140"]),
    Q(KA, "Is the special school doing something funky with the parent app?",
      [iv("unexpected_use"), act("a-kat-003")], ["diary"]),
    Q(KA, "Whats the best way to get hold of the finance and ops director - can I just ring him?",
      [iv("channels_surprises"), con("c-kat-amin")], ["Teams"]),
    Q(KA, "When did the SEN add-on invoice finally get paid?",
      [act("a-kat-008")], ["14 July"]),
    # hard abstains: the paper is not written yet; the inspection is only expected
    Q(KA, "What did Siobhan Brennan think of the options paper?"),
    Q(KA, "How did Calder Vale's Ofsted inspection go?"),
]

# ---------------------------------------------------------------------------
# 4. Harrowden College: independent senior school, boarding and day
# ---------------------------------------------------------------------------
HC = "acc-harrowden"
ACCOUNTS.append({
    "id": HC,
    "name": "Harrowden College",
    "owner_id": DEPARTING,
    "arr": 64500,
    "segment": "mid_market",
    "industry": "Education - independent senior school",
    "territory": "UK East Midlands",
    "renewal_date": "2027-06-30",
    "contract_notes": P("""
        Three-year agreement, 1 July 2024 to 30 June 2027, for the full suite
        including the boarding module. Priced at £78 per pupil on a roll of
        780, capped at 800 pupils; boarding module £3,660 a year. Invoiced
        termly in advance (September, January, April), £21,500 per term. Two
        on-site training days a year included. Invoices to the Bursary; a PO is
        required."""),
    "contacts": [
        contact("c-hc-latimer", "Richard Latimer",
                "Bursar and Clerk to the Governors", "economic_buyer",
                email="bursar@harrowden.test", phone="01632 960 771",
                channel="letter", strength=3,
                notes="Commander, RN (retd). Prefers printed correspondence."),
        contact("c-hc-osei", "Dr Abena Osei", "Head", "decision_maker",
                email="head@harrowden.test", channel="email", strength=2,
                notes="PA: Mrs Hale."),
        contact("c-hc-crane", "Philippa Crane",
                "Deputy Head (Pastoral) and DSL", "influencer",
                email="p.crane@harrowden.test", channel="email", strength=3),
        contact("c-hc-doyle", "Sean Doyle", "MIS Manager", "champion",
                email="s.doyle@harrowden.test", phone="07700 900 318",
                channel="teams", strength=5),
        contact("c-hc-vance", "Imogen Vance",
                "Director of Admissions and Marketing", "user",
                email="admissions@harrowden.test", channel="email", strength=2),
        contact("c-hc-kerr", "Alasdair Kerr", "Head of IT", "blocker",
                email="a.kerr@harrowden.test", channel="email", strength=2,
                notes="Microsoft-first; owns SSO and all integrations."),
    ],
    "opportunities": [
        opportunity("o-hc-renewal", "Renewal July 2027", "qualification", 66000,
                    "2027-06-30",
                    "Early conversation with the Bursar about annual billing"),
        opportunity("o-hc-enquire", "Admissions portal (Registra Enquire)",
                    "proposal", 9800, "2026-12-18",
                    "Imogen presenting to the senior leadership team"),
        opportunity("o-hc-sso", "Microsoft Entra SSO setup", "closed_won", 2750,
                    "2026-05-29"),
    ],
    "activities": [
        activity("a-hc-001", "email", "2026-01-08T09:00:00Z", ["c-hc-latimer"],
                 "Spring term invoice", L("""
            Dear Commander Latimer,

            Please find enclosed invoice INV-260102 for the spring term,
            £21,500, quoting PO HC-PO-11702. A printed copy follows in the post
            as usual.

            With kind regards,
            Harriet Ashworth"""), direction="outbound"),
        activity("a-hc-002", "meeting", "2026-02-12T14:00:00Z",
                 ["c-hc-kerr", "c-hc-doyle"], "SSO scoping", P("""
            Scoping session for single sign-on with Alasdair Kerr and Sean
            Doyle in the IT office. Alasdair wants staff signing in with their
            Microsoft Entra accounts by the summer half term, and pupils by
            September. He asked twice whether we support Entra conditional
            access policies, which he described as "table stakes", and noted
            that "other suppliers" already do. We support the basic flow; the
            conditional access piece is on the roadmap, not delivered.

            Sean was keen to get it done before the boarding iPads are
            re-enrolled. Alasdair wants all of our integration documentation
            and a named technical contact, and said he expects to be told of
            any release that touches sign-in before it ships. Quote for the
            professional services to follow: two days plus testing.

            Alasdair remarked, more than once, that he "wasn't consulted" in
            2024. Sean rolled his eyes at me when he thought Alasdair wasn't
            looking.""")),
        activity("a-hc-003", "email", "2026-03-03T11:30:00Z", ["c-hc-doyle"],
                 "PO for SSO work", L("""
            Hi Harriet,

            PO for the SSO work is HC-PO-11873, £2,750 plus VAT, signed off by
            the Commander this morning. Could your team aim for the week of
            18 May for go-live?

            Cheers,
            Sean"""), direction="inbound"),
        activity("a-hc-004", "call", "2026-04-22T10:30:00Z", ["c-hc-vance"],
                 "Imogen - admissions", P("""
            Call with Imogen Vance about admissions. Her team track enquiries in
            spreadsheets and send open-morning reminders through Connect using
            a made-up "Year 0" group for prospective families. She'd like
            something purpose-built and is interested in Registra Enquire. She
            needs to take it to the senior leadership team. I mentioned, gently,
            that holding prospective families in Connect raises data protection
            questions, which she acknowledged.""")),
        activity("a-hc-005", "note", "2026-05-29T15:00:00Z",
                 ["c-hc-kerr", "c-hc-doyle"], "SSO live for staff", P("""
            Entra single sign-on went live for all staff today. Pupils to follow
            in September once the iPads are re-enrolled. Alasdair sent a
            one-line email: "Noted." Sean sent three emojis. Opportunity closed
            as won.""")),
        activity("a-hc-006", "email", "2026-06-21T07:45:00Z", ["c-hc-latimer"],
                 "Founders' Day payments", L("""
            Harriet,

            I am informed by the Bursary that 212 families have been charged
            twice for the Founders' Day lunch and coach. My telephone has not
            stopped. I should be grateful to know, today, how this happened
            and when the money will be returned.

            R. Latimer
            Bursar"""), direction="inbound"),
        activity("a-hc-007", "call", "2026-06-22T08:30:00Z",
                 ["c-hc-latimer", "c-hc-doyle"], "Founders' Day double charge", P("""
            Call with the Commander and Sean. Cause: when the card processor
            was slow to confirm, our Pay service retried the payment request and
            both attempts were taken; a retry safeguard that should have caught
            it was not applied at that volume. Logged as REG-55340. Refunds to
            all affected families to be issued by 30 June. The Commander will
            write to parents himself and asked for a paragraph from us
            explaining the cause in plain English. He was icily polite.""")),
        activity("a-hc-008", "email", "2026-07-01T16:50:00Z", ["c-hc-latimer"],
                 "Founders' Day refunds complete", L("""
            Dear Commander Latimer,

            I am pleased to confirm that all 212 refunds were completed on
            30 June, and that each family has received an email confirmation.

            By way of apology for the trouble this caused the College, we will
            waive the Pay transaction fees for the whole of the autumn term
            2026. I am very sorry, again, for the embarrassment this caused you
            with parents.

            Yours sincerely,
            Harriet Ashworth"""), direction="outbound"),
        activity("a-hc-009", "meeting", "2026-09-17T10:00:00Z",
                 ["c-hc-latimer", "c-hc-osei"], "Start-of-year review", P("""
            Annual review with the Commander and Dr Osei in the Bursar's
            office. The new Chair of Governors, Rosalind Achterberg, took up
            the post this month and has asked for every contract over £25,000
            to be reviewed before it is renewed; ours is on the list. Pupil
            numbers: about 35 fewer day pupils than last year. The governors are
            looking at bringing the sixth form back from Nene House to the main
            site. Dr Osei asked mostly about safeguarding permissions in the
            boarding module and was reassured. The Commander asked for a
            printed summary of the year's service, which I posted the next day.
            """)),
        activity("a-hc-010", "email", "2026-10-02T12:15:00Z", ["c-hc-vance"],
                 "Enquire - SMT date", L("""
            Hi Harriet,

            Good news: I've got the admissions portal on the SMT agenda for
            4 November. I'll need them to approve it before it goes to the
            Commander for the money. Could you send me two slides and the
            pricing by the 28th?

            Imogen"""), direction="inbound"),
        activity("a-hc-011", "chat", "2026-10-15T21:05:00Z", ["c-hc-doyle"],
                 "Teams - boarding roll-call", L("""
            Sean: Roll-call on the house iPads has worked every night this half
            term. Not a single wobble, even in the attic dorms at Fermor House.
            Sean: Housemasters have stopped printing the paper lists!
            Harriet: That's fantastic. Can I quote you on that?
            Sean: After the advisory board starts, yes :)""")),
    ],
})

INTERVIEWS[HC] = {
    "decision_maker": P("""
        Two people, in different ways. Commander Richard Latimer, the Bursar
        and Clerk to the Governors, ex-Royal Navy, and "the Commander" to the
        entire common room, though never to his face, signs every contract over
        £5,000 and the renewal will be his signature. Dr Abena Osei, the Head,
        has what amounts to a veto over anything pupil-facing or parent-facing,
        and she uses it. For the renewal itself, it's the Commander's decision,
        made with one eye on the governors' Finance and General Purposes
        Committee. What he cares about personally is not being made to look
        foolish in front of the governors; he'd rather pay a little more for
        something that never causes him embarrassment than save money on
        something that might. A small but genuinely useful detail: he reads
        everything on paper, annotates it in green ink, and a proposal emailed
        to him is a proposal that hasn't arrived yet, so send a printed copy.
        Dr Osei cares about pastoral care and the school's reputation with
        parents; she'll ask about safeguarding before she asks about price."""),
    "champion": P("""
        Sean Doyle, the MIS Manager. He came from a state school that used
        SIMS and he's been the one pushing the boarding module, the house iPads
        and most of the good ideas. What have we promised him? A seat on our
        independent schools customer advisory board, which starts in January;
        I've put his name forward and he's quietly thrilled about it; and a
        look at the beta of the new boarding app. What he needs to look good is
        the boarding roll-call working reliably on the iPads in the houses. The
        housemasters were sceptical, the DSL was sceptical, and Sean staked his
        reputation on it working at ten o'clock at night in a boarding house
        with dodgy wi-fi. This half term it's been flawless, apparently. If that
        keeps up he's a hero. He's also useful as a translator between the
        Commander and Alasdair in IT, who don't entirely speak the same
        language."""),
    "hidden_commitments": P("""
        Two. The first is with the Commander. When he complained about termly
        invoicing, three sets of paperwork and three POs, I told him that if
        they renewed for three years we'd move them to a single annual invoice
        with a 2% discount for paying early, in September. That's in my head
        and now in yours; it isn't in the contract or in any email I can find.
        The second is with Pip Crane, the Deputy Head Pastoral and DSL. During
        the boarding rollout I gave her my word that safeguarding notes would
        never be visible to house tutors by default, only to the DSL team
        unless she changes it herself. That's a configuration promise, and if
        anyone ever changes the default permissions during an upgrade, she will
        regard it as a breach of trust, with some justification. And the two
        training days a year that are in the contract have mostly been used as
        ad hoc "come and fix things" days, which they rather like."""),
    "history_sensitivities": P("""
        The Founders' Day double charge in June. Pay charged 212 families twice
        for the Founders' Day lunch and the coach to the cricket, because of a
        retry between us and the card processor that nobody had tested at that
        volume. It wasn't a huge amount per family, but a school like Harrowden
        lives on its relationship with fee-paying parents, and the Commander
        had to write personally to every family. The refunds were completed by
        the end of June and we waived the Pay transaction fees for the autumn
        term by way of apology. It's resolved. It is not forgotten. Don't say
        "double charge" lightly, and if Pay comes up, let the Commander raise
        it. Older history: when they joined, in 2024, there was a tussle over
        pricing and Alasdair felt he'd been ignored on the technical
        evaluation. He still brings it up, usually as "as I said at the time".
        """),
    "pricing_story": P("""
        Per pupil, £78, capped at 800 pupils. The cap was the Commander's idea;
        they were expanding the sixth form at Nene House and he didn't want
        growth to cost him more, and in a school of this size eight hundred is
        the realistic ceiling anyway. It's invoiced termly because their income
        arrives termly with the fees, and he likes costs to land when the money
        does. The two on-site training days are in the contract because the
        Commander flatly refused to pay for training separately, "I'm not
        buying a car and then paying for the steering wheel", so we folded them
        into the rate. The boarding module is a separate line because it came a
        year later. It's at the top end of what an independent school pays us
        per pupil, and they know it; the justification has always been the
        boarding module and the service level. If you hear "we're paying
        Rolls-Royce prices", that's the reference."""),
    "unexpected_use": P("""
        They use the Timetable module to book facilities: the Sports Hall, the
        music practice rooms and the theatre, all set up as rooms with
        "lessons" that are really bookings by clubs, matches and visiting music
        teachers. It's very effective and the Director of Sport loves it. The
        other one is slightly more delicate: Admissions use Connect to send
        reminders to prospective parents for open mornings and taster days.
        Connect was designed for enrolled families, and putting prospective
        families into it raises data protection questions that nobody has
        really asked; Imogen's team created a fake "Year 0" group to hold them.
        That's partly why she's interested in the admissions portal, which
        would do this properly. I'd tread carefully there and not draw the
        Commander's attention to it until the portal conversation is further
        along."""),
    "channels_surprises": P("""
        The Commander: a printed letter, or the landline in the bursary; he
        reads email but doesn't act on it. Anything important, print it and
        post it, and follow up by phone. Dr Osei: email via her PA, Mrs Hale,
        who decides what reaches her. Sean: Teams chat; he lives in Teams.
        Imogen: email; she's quick. Pip Crane: email, and meetings only in the
        afternoons because mornings are pastoral firefighting. Alasdair Kerr,
        Head of IT: email, and he must never be surprised about anything
        technical: a release, an integration change, a new login method. He
        owns SSO and regards any change that touches Microsoft as his personal
        territory, and if he learns about a change from a user he'll send a
        long email to the Commander about "vendor governance". The Commander
        must never be surprised by anything the governors might see or
        anything that touches parents' money."""),
    "org_changes": P("""
        A fair bit. There's a new Chair of Governors since September, Rosalind
        Achterberg, a retired Big Four partner, who has asked for every
        contract over £25,000 to be reviewed before renewal; she's
        procurement-minded and, I'm told, polite, and I haven't met her. Pupil
        numbers are down since VAT on fees came in, about 35 fewer day pupils
        this year, and the governors are looking at consolidating the sixth
        form from Nene House back onto the main site, which would change the
        room and timetable setup completely. Dr Osei is in her third year and
        settled. The Commander has let it be known he's thinking about
        retirement "in a couple of years", which could be 2028 or could be
        sooner. And Alasdair's IT team has grown by one and has more say than
        it used to."""),
    "warning_signs": P("""
        The last time, before the 2024 renewal, two things happened in order.
        First, Alasdair asked for documentation on our data export format and
        exit process "for the risk register". Second, the Commander sat on the
        spring invoice for six weeks without explanation, very unlike him. A
        month later he asked for a meeting and asked for 15% off. We settled at
        a freeze and the two training days. So Alasdair asking about exits,
        followed by the Commander going quiet on money, has preceded a price
        challenge. This year: Alasdair asked twice in the SSO scoping about
        conditional access support, which he said is "table stakes" and which
        some competitors do better than we do; the Founders' Day business; and
        the new Chair's contract review. The invoices have been paid on time,
        which is a good sign. Watch the January invoice."""),
    "renewal_risk": P("""
        The stated reason will be cost: VAT on fees, fewer day pupils, the
        Chair's contract review, "we must be seen to test the market". All
        true, all sincere. The real reason would be Alasdair. He wants a
        Microsoft-centred estate, he's never forgiven being overlooked on the
        original evaluation, and he's been building a case that our identity
        integration is behind. If he persuades the new Chair that we're a
        risk, the Commander, who hates being made to look foolish, will not
        stand between a governor and a tender. Sprinkle in the Founders' Day
        business and you have a plausible story for switching. The
        mitigations are Sean's success with the boarding iPads, which the
        housemasters now rely on, and the Commander's own dislike of
        disruption: moving a boarding school's MIS is a miserable business and
        he knows it."""),
}

QUESTIONS += [
    Q(HC, "Who actually holds the chequebook at Harrowden?",
      [iv("decision_maker")], ["Latimer"]),
    Q(HC, "What's this about moving them onto yearly billing with a sweetener?",
      [iv("hidden_commitments")], ["2%"]),
    Q(HC, "How many families got stung twice for the Founders' Day stuff?",
      [iv("history_sensitivities"), act("a-hc-006"), act("a-hc-008")], ["212"]),
    Q(HC, "What did we give them by way of a sorry for the payments cock-up?",
      [act("a-hc-008"), iv("history_sensitivities")], ["transaction fees"]),
    Q(HC, "what was the PO number for the microsoft login job?",
      [act("a-hc-003")], ["HC-PO-11873"]),
    Q(HC, "When is admissions pitching the enquiry portal to the senior leadership?",
      [act("a-hc-010")], ["4 November"]),
    Q(HC, "Does the Commander actually do email or should I be sending him stuff some other way?",
      [iv("channels_surprises"), iv("decision_maker"), con("c-hc-latimer"),
       act("a-hc-001"), act("a-hc-009")], ["printed"]),
    Q(HC, "Apart from lessons, what are they useing the timetable tool for?",
      [iv("unexpected_use")], ["Sports Hall"]),
    Q(HC, "Who's the new chair of governors at Harrowden and why does she matter?",
      [iv("org_changes"), act("a-hc-009")], ["Achterberg"]),
    Q(HC, "Whats the real reason Harrowden might not renew, not the official line?",
      [iv("renewal_risk")], ["Alasdair"]),
    # hard abstains: the SMT decision is after the last record; no fee figure ever given
    Q(HC, "Did Dr Osei approve the admissions portal?"),
    Q(HC, "What's the boarding fee per term at Harrowden?"),
]

# ---------------------------------------------------------------------------
# 5. Castlemoor Borough Council: local authority, Schools ICT traded service
# ---------------------------------------------------------------------------
CB = "acc-castlemoor"
ACCOUNTS.append({
    "id": CB,
    "name": "Castlemoor Borough Council",
    "owner_id": DEPARTING,
    "arr": 287100,
    "segment": "mid_market",
    "industry": "Public sector - local authority (education)",
    "territory": "UK North West",
    "renewal_date": "2027-03-31",
    "contract_notes": P("""
        Call-off contract under the Northern Schools ICT Framework (Lot 2) on a
        2+1+1 basis: initial term April 2024 to 31 March 2026; first extension
        running to 31 March 2027; one final 12-month extension to 31 March 2028
        available by written variation signed by Corporate Procurement.
        Registra MIS, Attend and Connect for the maintained schools that buy
        the council's Schools ICT SLA, at a flat £4,950 per school per year (58
        schools in 2026/27). Invoiced quarterly in arrears to the council,
        which recharges schools through the SLA. No price increase during an
        extension beyond framework indexation."""),
    "contacts": [
        contact("c-cbc-gallagher", "Maureen Gallagher",
                "Head of Education Traded Services", "decision_maker",
                email="maureen.gallagher@castlemoor.gov.test",
                phone="0161 496 0142", channel="email", strength=3),
        contact("c-cbc-rahman", "Imran Rahman", "Schools ICT Service Manager",
                "champion", email="imran.rahman@castlemoor.gov.test",
                phone="07700 900 673", channel="phone", strength=5),
        contact("c-cbc-fothergill", "Neil Fothergill",
                "Category Manager, Corporate Procurement", "blocker",
                email="neil.fothergill@castlemoor.gov.test", channel="portal",
                strength=1,
                notes="All contractual correspondence in writing via the procurement portal."),
        contact("c-cbc-obi", "Cllr Grace Obi",
                "Cabinet Member for Children and Education", "other", strength=1,
                notes="Contact only via Maureen Gallagher."),
        contact("c-cbc-whitfield", "Janet Whitfield",
                "Finance Business Partner (Schools)", "economic_buyer",
                email="janet.whitfield@castlemoor.gov.test", channel="email",
                strength=2),
        contact("c-cbc-lowe", "Dan Lowe",
                "School Business Manager, Moorside Primary; chair of the SBM network",
                "influencer", email="d.lowe@moorside.castlemoor.sch.test",
                channel="email", strength=4),
    ],
    "opportunities": [
        opportunity("o-cbc-extension", "Final 12-month extension to March 2028",
                    "negotiation", 295800, "2027-02-28",
                    "Submit extension documents to Corporate Procurement"),
        opportunity("o-cbc-academies", "Direct contracts for converting academies",
                    "discovery", 44550, "2027-04-30",
                    "Confirm which trust each converting school is joining"),
    ],
    "activities": [
        activity("a-cbc-001", "email", "2026-01-15T10:10:00Z", ["c-cbc-rahman"],
                 "CME weekly export", L("""
            Hi Harriet,

            The council's Children Missing Education team would like a weekly
            file from Attend for each SLA school listing pupils with ten or
            more days of unexplained absence, delivered to their secure inbox
            on Monday mornings. Can we set that up from February? They'll use it
            as their early-warning list.

            Imran"""), direction="inbound"),
        activity("a-cbc-002", "email", "2026-02-09T08:05:00Z", ["c-cbc-rahman"],
                 "URGENT - wrong pupils in CME file", L("""
            Harriet,

            This morning's CME file for Westgate Primary contained 37 pupil
            records from Hollybank Primary. It went to the council's CME team
            only, and they spotted it, but it's personal data in the wrong place
            and I've had to tell the DPO. Maureen knows. Please call me as soon
            as you see this.

            Imran"""), direction="inbound"),
        activity("a-cbc-003", "call", "2026-02-09T11:00:00Z",
                 ["c-cbc-gallagher", "c-cbc-rahman"], "Incident call - CME file",
                 P("""
            Call with Maureen, Imran and the council's DPO, Sarah Kemp. The
            DPO has logged it as a personal data breach and will decide within
            72 hours whether it is reportable to the ICO. We have suspended the
            CME export until the cause is found. Maureen will brief the cabinet
            member herself this afternoon and asked that nobody else contact
            any councillor about it. I committed to a written root-cause report
            within two weeks.""")),
        activity("a-cbc-004", "email", "2026-02-20T17:20:00Z",
                 ["c-cbc-gallagher", "c-cbc-rahman"], "Root-cause report",
                 L("""
            Dear Maureen,

            Please find attached our root-cause report, reference RCA-2026-007,
            into the CME export issue of 9 February. In short: after a change to
            school identifiers, our export mapping table held a cached
            identifier that linked Hollybank Primary's records to Westgate
            Primary's file. The mapping has been rebuilt, a check now compares
            every file against the school's roll before it is sent, and the
            export resumed on 16 February.

            I understand from Imran that your DPO has concluded the incident is
            not reportable to the ICO, as the file only reached the council's
            own CME team.

            With apologies again,
            Harriet"""), direction="outbound"),
        activity("a-cbc-005", "meeting", "2026-03-11T13:00:00Z",
                 ["c-cbc-gallagher", "c-cbc-rahman", "c-cbc-whitfield"],
                 "Quarterly service review", P("""
            Quarterly review at the Civic Centre with Maureen, Imran and Janet.

            SLA: 58 of the council's 71 maintained schools buy the Schools ICT
            SLA this year, down from 64. Maureen said the service needs to hold
            that number to stay viable. Nine schools have applied to convert to
            academies by April 2027.

            Incident: the CME export is back and working; Maureen asked for a
            one-page summary she can keep on file. Janet asked whether the
            incident affected the invoice (it doesn't).

            Roadmap: Imran asked where the LA-level attendance dashboard has got
            to; I said spring 2027. Maureen wants it for the attendance team's
            statutory work.

            Snow: Imran wants to keep the all-schools broadcast group in Connect
            through next winter after it worked well in January.

            Next review in June.""")),
        activity("a-cbc-006", "note", "2026-04-02T16:40:00Z", ["c-cbc-lowe"],
                 "Dan Lowe - SBM network", P("""
            Coffee with Dan Lowe, who chairs the council's SBM network. The SBMs
            want Pay, but the council's corporate payments contract is with
            another provider, so it can't go through the SLA; some SBMs are
            asking whether they can buy it directly. Dan also said several SBMs
            grumble that Connect is "the council's app" rather than theirs.
            Invited to speak at the network in the autumn.""")),
        activity("a-cbc-007", "email", "2026-05-07T09:30:00Z", ["c-cbc-fothergill"],
                 "Northern Schools ICT Framework - extension process", L("""
            Dear Ms Ashworth,

            Further to the council's consideration of the final extension under
            the above call-off, please note that the following must be submitted
            through the procurement portal by 30 November 2026: an updated
            pricing schedule applying framework indexation; a social value
            statement; and a current Cyber Essentials Plus certificate.

            Please note that the council is not obliged to take up the
            extension, and that all correspondence on this matter must be made
            in writing through the portal.

            Yours sincerely,
            Neil Fothergill
            Category Manager, Corporate Procurement"""), direction="inbound"),
        activity("a-cbc-008", "email", "2026-06-18T14:00:00Z", ["c-cbc-rahman"],
                 "Train the trainer - September", L("""
            Hi Imran,

            Confirming this year's train-the-trainer sessions for your SLA team
            on 8 and 9 September at Castlemoor Civic Centre, covering the autumn
            release and the new registers. As in previous years there is no
            charge. Please send me the names by the end of July.

            Harriet"""), direction="outbound"),
        activity("a-cbc-009", "note", "2026-07-27T11:00:00Z", ["c-cbc-whitfield"],
                 "Q1 invoice paid", P("""
            Janet confirmed that invoice INV-260688 for £71,775 (Q1 2026/27, 58
            schools) was paid on 24 July, about three weeks later than usual.
            She apologised and said the schools finance team is short-staffed.
            """)),
        activity("a-cbc-010", "note", "2026-09-10T10:30:00Z", ["c-cbc-rahman"],
                 "All-schools broadcast group", P("""
            Imran asked us to make sure the all-schools broadcast group in
            Connect survives the autumn release. The council uses it to send
            emergency closure notices to every family in all 58 schools at
            once, and in January it went out to about 19,000 families within
            the hour. Imran calls it the snow button. Support have been asked
            to raise the council's rate limits before the winter.""")),
        activity("a-cbc-011", "email", "2026-10-01T08:55:00Z", ["c-cbc-gallagher"],
                 "Restructure", L("""
            Harriet,

            You will hear this from others so I wanted you to hear it from me.
            From January Education Traded Services will be merged into a new
            Schools Commissioning directorate, and my post is one of those at
            risk. The consultation runs until 14 November. I will continue to
            lead on the extension until then.

            Maureen"""), direction="inbound"),
        activity("a-cbc-012", "meeting", "2026-10-21T15:30:00Z", ["c-cbc-lowe"],
                 "SBM network meeting at Moorside Primary", P("""
            Spoke at the SBM network at Moorside Primary, about thirty SBMs,
            chaired by Dan Lowe. Questions were mostly about what happens to
            their systems if the SLA stops, whether converting schools can
            keep their data, and whether Pay could be bought directly. Two SBMs
            said the LA-level attendance dashboard would matter more to the
            council than to them. Dan asked me to send a short FAQ he can
            circulate.""")),
    ],
})

INTERVIEWS[CB] = {
    "decision_maker": P("""
        Formally, the extension is signed off by Maureen Gallagher, the Head of
        Education Traded Services, and countersigned by Corporate Procurement,
        because it's a call-off under the framework and only they can issue
        the variation. In practice Maureen decides whether she wants it, and
        Neil Fothergill in procurement decides whether she's allowed it.
        Maureen cares about the SLA buy-back, the proportion of the council's
        maintained schools that buy the Schools ICT traded service, of which
        we're the backbone. It's 58 schools out of 71 this year, down from 64,
        and her service's survival depends on that figure. She also cares
        about not giving her cabinet member any bad news. Which brings me to
        the political layer: Councillor Grace Obi, the cabinet member for
        children and education, has to be briefed on anything that affects
        school budgets, and since the council's finances went wobbly nothing
        over £250k happens without a cabinet member knowing. She doesn't
        decide, exactly, but she can stop things."""),
    "champion": P("""
        Imran Rahman, the Schools ICT Service Manager. He's run the traded
        service's technical side for years, he knows every school business
        manager by first name, and he's the reason we won the call-off. What
        we've promised him is an LA-level attendance dashboard: since
        attendance support became a statutory duty for local authorities, the
        council's attendance team needs to see patterns across all its
        schools, and Imran has told his bosses that we'll provide that view.
        It's on the roadmap for spring 2027. If it arrives, Imran looks like the
        man who delivered a statutory requirement for nothing; if it doesn't,
        he looks like a man who believed a salesperson. He also needs the
        all-schools broadcast to keep working, more on that elsewhere, and a
        good relationship with the SBM network, where Dan Lowe is his ally.
        Ring him; he prefers the phone, and he's refreshingly candid."""),
    "hidden_commitments": P("""
        I'd love to say none, but local authorities have a way of turning a
        friendly remark into an expectation, and I've made a couple of
        friendly remarks over the years that have set like concrete. Two that
        matter aren't in the call-off. First, every September we run a free
        "train the trainer" package for Imran's SLA support team, two days at
        the Civic Centre so they can support schools on the new release. It
        started as a one-off in 2024 and has quietly become an annual fixture;
        it isn't in the contract and it costs us about four consultant days a
        year. This year it ran in September as usual. Second, the academy
        conversions. Nine of the council's schools are converting to academies
        by April 2027, which takes them out of the SLA. I told Maureen and
        Imran, in a meeting and then in a rather loose email, that any
        converting school that contracts with us directly would keep the
        £4,950 per-school price for its first year as an academy, the "academy
        bridge", so that converting doesn't cost them more. Our pricing team
        has not formally approved that. It's a good idea, but it's a promise.
        There's also the matter of the rate limits on the all-schools
        broadcast: support agreed to raise them before each winter, which is
        operational rather than contractual, but Imran will notice if they
        aren't. And, for completeness, I once told Dan Lowe that we'd come and
        speak at the SBM network "whenever you want us", which he has taken
        literally; it's twice a year now. None of it is written into the
        call-off, and Neil in procurement would be horrified by most of it.
        """),
    "history_sensitivities": P("""
        The February data incident. The weekly file we produce for the
        council's Children Missing Education team, pupils with long
        unexplained absences, went out for Westgate Primary with 37 pupil
        records from Hollybank Primary mixed in, because of a mapping error on
        our side after a change to school identifiers. It only went to the
        council's own CME team, who spotted it, but it was a personal data
        breach and it was logged as one. The council's DPO decided it wasn't
        reportable to the ICO, we produced a root-cause report, and the mapping
        was fixed within the week. Maureen had to brief the cabinet member,
        which she did not enjoy. It's still sensitive: the words "data breach"
        in a meeting with Maureen or Janet produce a visible wince, and Neil in
        procurement will absolutely use it if there's ever a scoring question
        on information security. Earlier, less serious: a price increase in
        2024 was applied before the framework indexation date and we had to
        issue credit notes. Neil remembers."""),
    "pricing_story": P("""
        Flat per school, regardless of size. That's because the council
        recharges schools through its SLA at a flat rate, and Maureen wanted
        our price to map straight onto the SLA price list; a per-pupil price
        would have made her recharge calculation a nightmare and set big and
        small schools against each other. The framework sets ceiling prices
        and indexation rules, so there's very little room to move during an
        extension; the increase to about £5,100 for 2027/28 is the framework
        indexation, not us being greedy. Invoicing is quarterly in arrears, to
        suit the council's cash flow, and goes to Janet. Pay isn't in the deal
        because the council has a corporate payments contract with someone
        else; that's why individual SBMs keep asking. It's a thin-margin
        account, but 58 schools on one contract is a lot of schools."""),
    "unexpected_use": P("""
        The snow button. The council uses Connect's all-schools broadcast group
        to send emergency closure notices to every family across all 58 schools
        at once when there's snow or a flood; Castlemoor is hilly and the bus
        routes close. Connect wasn't designed to be a council emergency
        broadcast system; the message volume is enormous for about an hour and
        it once tripped our rate limits. Imran regards it as the single most
        visible thing the traded service does for parents, so it is not to be
        broken. The other unusual use is that the Children Missing Education
        team use Attend data, through that weekly export, as their
        early-warning list. Attend was built for schools, not for a council's
        statutory casework, which is partly why the February mapping problem
        mattered so much."""),
    "channels_surprises": P("""
        Neil Fothergill in procurement: in writing, through the procurement
        portal, and never by phone; if you ring him he'll ask you to put it in
        writing and make a note that you rang. Maureen: email for anything
        substantive, a phone call for anything urgent. Imran: phone, any time
        in office hours. Janet Whitfield: email, and not in the last week of
        the month, when she's closing the books. Dan Lowe: email or the SBM
        network meetings. Councillor Obi: never directly. Everything to the
        cabinet member goes through Maureen; if we contact a councillor
        directly, Maureen will see it as going over her head, and procurement
        might see it as lobbying during a contract process, which is worse.
        The person who must never be surprised is Maureen. Any incident
        touching the council's schools, she needs to hear about the same day,
        from us, before she hears about it from a head teacher or a
        councillor."""),
    "org_changes": P("""
        Plenty, none of it cheerful. The council has a budget gap, there's been
        press talk about a Section 114 notice, and all discretionary spending
        is under review. Traded Services is being merged into a new Schools
        Commissioning directorate from January 2027, and Maureen's post is at
        risk in the consultation, which runs until mid-November. If she goes,
        the decision maker for the extension becomes whoever leads the new
        directorate, and we don't know who that is. Separately, nine schools
        are converting to academies by April 2027, most of them joining a trust
        from outside the borough, which reduces the SLA by nine schools and
        gives us the direct-contract opportunity. And Janet has hinted that the
        schools finance team may lose a post, which would slow invoicing
        further."""),
    "warning_signs": P("""
        The clearest one before was the buy-back figure. The year before last,
        Maureen's team started sending out the SLA price list late and the
        number of schools buying back drifted from 64 to 58, and that preceded
        the council asking us for a price reduction at the first extension,
        which we resisted on framework grounds. Another: before the first
        extension, Neil invited us to a "supplier day" for soft market testing,
        which is procurement's way of saying they're looking at alternatives.
        This year, the signs are the restructure, Maureen being less available,
        Janet paying invoices later than she used to, and SBMs at the network
        meeting asking me what happens if the SLA disappears. That last one is
        new, and it's the one I'd worry about. I can't say for certain it means
        anything yet."""),
    "renewal_risk": P("""
        The stated reason, if the final extension isn't taken, will be
        procedural: the framework rules, the need for a fresh procurement,
        value for money, and social value scoring. Neil will write it very
        correctly. The real reason would be the council's finances. If the new
        directorate decides the Schools ICT traded service isn't core, they'll
        stop running it, and then there's nothing for us to be a call-off
        under; schools would be left to buy individually. Maureen losing her
        post in the restructure would accelerate that. So the real risk isn't a
        competitor, it's the traded service being wound up. The mitigation is
        to make the direct-contract route for schools painless and to make
        sure Imran's LA attendance dashboard lands, because that's something
        the council itself needs, SLA or no SLA."""),
}

QUESTIONS += [
    Q(CB, "Who do we actually need on side to get the Castlemoor extension over the line?",
      [iv("decision_maker")], ["Maureen"]),
    Q(CB, "Can I just drop the councillor an email myself?",
      [iv("channels_surprises"), con("c-cbc-obi")], ["Maureen"]),
    Q(CB, "What was the ref on the root cause write-up for the February data mix-up?",
      [act("a-cbc-004")], ["RCA-2026-007"]),
    Q(CB, "How many kids' records ended up in the wrong school's file back in Feb?",
      [act("a-cbc-002"), iv("history_sensitivities")], ["37"]),
    Q(CB, "Anything weird the council does with the parents' messaging app?",
      [iv("unexpected_use"), act("a-cbc-010")], ["snow"]),
    Q(CB, "If a school goes academy and signs with us direct, do they keep paying the same?",
      [iv("hidden_commitments")], ["4,950", "first year"]),
    Q(CB, "When did we run the freebie training for the council's support team this year?",
      [act("a-cbc-008")], ["9 September"]),
    Q(CB, "Is Maureens job safe?",
      [iv("org_changes"), act("a-cbc-011"), iv("renewal_risk")], ["at risk"]),
    Q(CB, "What's the cut-off procurement gave us for the extention paperwork?",
      [act("a-cbc-007")], ["30 November"]),
    # hard abstains: the briefing happened but her reaction is never given; no rate stated
    Q(CB, "What did Councillor Obi say about the data breach?"),
    Q(CB, "What is the attendance rate across Castlemoor's schools?"),
    # off-topic
    Q(CB, "Which party is running Castlemoor council at the moment?"),
]

# ---------------------------------------------------------------------------
# 6. Ribble and Lune Academy Trust: 5-school MAT, Lancashire, ex-SIMS
# ---------------------------------------------------------------------------
RL = "acc-ribble-lune"
ACCOUNTS.append({
    "id": RL,
    "name": "Ribble and Lune Academy Trust",
    "owner_id": DEPARTING,
    "arr": 46300,
    "segment": "smb",
    "industry": "Education - multi-academy trust",
    "territory": "UK North West",
    "renewal_date": "2026-12-31",
    "contract_notes": P("""
        Initial one-year term, 1 January to 31 December 2026, following the
        migration from SIMS; rolls into a three-year term at £46,300 a year
        unless either party gives notice by 30 November 2026. Registra MIS,
        Attend and Connect for five academies (four primaries and Ribblesdale
        High); flat per-school pricing. Migration services quoted at £8,500,
        50% waived. Annual invoice in advance. Price fixed for the three-year
        term."""),
    "contacts": [
        contact("c-rl-hartley", "Paul Hartley",
                "Chief Executive and Accounting Officer", "decision_maker",
                email="p.hartley@ribblelune.test", phone="01632 960 905",
                channel="phone", strength=3,
                notes="Prefers a phone call to a long email."),
        contact("c-rl-quinn", "Nadia Quinn", "Trust Finance Director",
                "economic_buyer", email="n.quinn@ribblelune.test",
                channel="email", strength=2, notes="Part-time (Tue-Thu)."),
        contact("c-rl-bates", "Shona Bates", "Trust Data and Systems Lead",
                "champion", email="s.bates@ribblelune.test",
                phone="07700 900 129", channel="chat", strength=4),
        contact("c-rl-entwistle", "Ruth Entwistle",
                "Head Teacher and DSL, Lune Bridge Primary", "influencer",
                email="head@lunebridge.ribblelune.test", channel="email",
                strength=2),
        contact("c-rl-marsden", "Colin Marsden", "Chair of Trustees", "other",
                strength=1, notes="Contact through Paul Hartley only."),
    ],
    "opportunities": [
        opportunity("o-rl-term", "Three-year term from January 2027", "commit",
                    138900, "2026-11-30", "Trustees' decision"),
        opportunity("o-rl-timetable", "Timetable for Ribblesdale High",
                    "proposal", 3900, "2027-03-31",
                    "Demo for the deputy head at Ribblesdale"),
    ],
    "activities": [
        activity("a-rl-001", "note", "2026-01-05T17:30:00Z",
                 ["c-rl-bates", "c-rl-hartley"], "Go-live", P("""
            All five academies went live on Registra today, the first day of
            the spring term. SIMS was switched to read-only on 2 January.
            Registers taken in every school by 9.15; three password resets, no
            other calls. Shona ran the trust office like a control tower. Paul
            rang at lunchtime to say thank you.""")),
        activity("a-rl-002", "email", "2026-01-16T12:40:00Z", ["c-rl-entwistle"],
                 "Missing SEN information", L("""
            Dear Harriet,

            One of my teaching assistants could not see a child's EHCP this
            morning. On checking, the special educational needs flags for 60
            pupils at Lune Bridge, including three with EHCPs, have not come
            across from SIMS. I have logged this with your support desk as
            REG-47760.

            I do not need to explain why this matters in a school where I am
            also the DSL. I expect it to be corrected immediately.

            Ruth Entwistle
            Head Teacher"""), direction="inbound"),
        activity("a-rl-003", "call", "2026-01-19T09:00:00Z", ["c-rl-bates"],
                 "Shona - SEN fix", P("""
            Call with Shona about REG-47760. The SEN records for the 60 pupils
            at Lune Bridge are being re-imported from the SIMS backup; the
            cause was an unmapped SEN status code used only at that school.
            Shona will check every record by hand with Ruth's SENCO. Expected
            complete by tomorrow. I'll ring Ruth myself once it's done and
            visit on Thursday.""")),
        activity("a-rl-004", "email", "2026-02-27T14:10:00Z", ["c-rl-quinn"],
                 "Remittance advice INV-260034", L("""
            Hi Harriet,

            Just to let you know that payment for INV-260034, £23,150, the
            first half of this year's licence, was made by BACS today,
            27 February. Thank you again for agreeing to split it.

            Nadia"""), direction="inbound"),
        activity("a-rl-005", "meeting", "2026-03-25T13:30:00Z",
                 ["c-rl-hartley", "c-rl-quinn", "c-rl-bates"],
                 "Termly review at Ribblesdale High", P("""
            Termly review in the staff room at Ribblesdale High with Paul, Nadia
            and Shona. Ruth sent her deputy, who stayed for the first half.

            Paul: very pleased overall; teachers say registers are quicker than
            SIMS. He wants to know, before the trustees decide in the autumn,
            how much admin time the move has saved. Shona to pull together some
            figures from the schools.

            Nadia: happy with the split invoicing and asked that it continue.
            She noted that the trustees will need to approve the three-year term
            and asked when the notice date falls (30 November).

            Shona: asked again about a SIMS-style quick register layout. Also
            asked about Timetable for Ribblesdale High from September 2027; the
            deputy head runs the timetable on a spreadsheet.

            Lune Bridge: the deputy said the SEN records are now correct and
            checked, and that Ruth would "rather not discuss January again".
            """)),
        activity("a-rl-006", "email", "2026-06-10T10:00:00Z", ["c-rl-bates"],
                 "Your course place", L("""
            Hi Shona,

            As promised, you're booked on the Registra Certified Administrator
            course on 7 July at our Manchester office, on us. Joining details
            and the pre-reading to follow from the training team.

            Harriet"""), direction="outbound"),
        activity("a-rl-007", "email", "2026-07-29T13:25:00Z", ["c-rl-quinn"],
                 "Remittance advice INV-260701", L("""
            Hi Harriet,

            Payment for INV-260701, £23,150, the second half of this year's
            licence, has gone today by BACS.

            Nadia"""), direction="inbound"),
        activity("a-rl-008", "chat", "2026-10-08T16:45:00Z", ["c-rl-bates"],
                 "WhatsApp - autumn census", L("""
            Shona: Census submitted for all five schools. First time, zero
            errors!! Never once managed that on SIMS.
            Harriet: That is brilliant, well done you. Tell Paul!
            Shona: Already have. He's putting it in his report to trustees.""")),
        activity("a-rl-009", "call", "2026-10-13T16:00:00Z", ["c-rl-hartley"],
                 "Paul - trustees and Pendle Hill", P("""
            Call with Paul. The trustees meet on 25 November and will decide on
            the three-year term then. Paul told me, in confidence, that the
            trust is in early talks about joining Pendle Hill Learning Trust and
            that the trustees have set up a working group. He asked whether we
            could offer a one-year extension instead of the three-year term,
            "as an option for the trustees to consider". I said I would come
            back to him with options. He was warm and positive about the
            product; the hesitation is about the merger, not us.""")),
        activity("a-rl-010", "email", "2026-10-27T11:00:00Z", ["c-rl-quinn"],
                 "Notice date", L("""
            Hi Harriet,

            Given the trustees' timetable, would you be willing to move the
            notice date in the contract from 30 November to 31 January 2027?
            That would give the working group time to report before anything is
            committed.

            Kind regards,
            Nadia"""), direction="inbound"),
    ],
})

INTERVIEWS[RL] = {
    "decision_maker": P("""
        Paul Hartley, the CEO, who's also the accounting officer and was the
        head of Ribblesdale High before the trust existed, so he's very much
        "the boss" in a small-trust way. He'll make the call and sign it. But
        the trust's scheme of delegation says any contract worth more than
        £100,000 over its life has to be approved by the board of trustees, and
        a three-year term at our price is about £139k, so the trustees have to
        approve it. Their meeting is on 25 November, which is five days before
        the notice date; that's cutting it fine, and I'd make sure Paul has
        what he needs well before. What Paul cares about personally is staff
        workload. He made a very public promise to his teachers that moving off
        SIMS would cut their admin, and anything that looks like extra clicks
        for teachers he takes as a personal failure. Nadia Quinn, the part-time
        finance director, prepares the paper for trustees, so her view carries
        weight too."""),
    "champion": P("""
        Shona Bates, "Sho", the Trust Data and Systems Lead. She was the SIMS
        administrator at Ribblesdale High for ten years and she was, frankly,
        the person most likely to resist us, which is exactly why winning her
        over mattered. She did the migration with us and now defends us to the
        heads. What we promised her: a free place on the Registra Certified
        Administrator course, which is normally £650; she went in July and
        passed; and a direct line into our product team for the SIMS-style
        quick register layout she keeps asking for. What she needs to look good
        is for the trust's first full year on Registra to be visibly better
        than SIMS: clean census returns, fewer calls from the schools, and Ruth
        at Lune Bridge finally letting go of January. She's on WhatsApp, she's
        funny, and she'll tell you straight if something's wrong."""),
    "hidden_commitments": P("""
        Two, both given verbally. One, to Paul: if the trust takes on a sixth
        school in 2027 (they've been talking to a small church primary nearby)
        it would be added at the same per-school rate with no migration fee.
        That's about £4,000 of migration work we'd be giving away. Two, to
        Nadia: the annual invoice can be split into two halves, January and
        July, to help their cash flow. It's been done that way all this year,
        but it isn't in the contract, which says annual in advance, and our
        billing team set it up as a favour to me. If the three-year term goes
        ahead you'll want to make sure that carries on, or Nadia will be on the
        phone the day the single invoice arrives. I also told Shona we'd "keep
        pushing" on the quick register layout, which isn't a commitment, but
        she'll ask."""),
    "history_sensitivities": P("""
        The SIMS migration at New Year. Broadly it went well, go-live on the
        first day of the spring term, but at Lune Bridge Primary the special
        educational needs flags didn't come across for 60 pupils, including
        three with EHCPs. Ruth Entwistle, the head and DSL there, found it in
        the middle of January when a teaching assistant couldn't see a child's
        plan, and she was, rightly, furious: for a head who's also the
        safeguarding lead, missing SEN information is not an admin glitch. We
        fixed it within four days by reimporting from the SIMS backup, and I
        went over to see her, but she's never really warmed to us since.
        Sensitive topics: SEN data, anything described as "migrated", and the
        word "glitch". The other sore point is the migration charge; there was a
        prolonged argument about it and we waived half, and Paul still refers
        to the other half as "the entry ticket"."""),
    "pricing_story": P("""
        Flat per school, because with four small primaries and one small high
        school Paul wanted a number he could divide by five, and because
        per-pupil pricing would have made the high school look
        disproportionately expensive. The first year was a one-year term
        rather than the usual three because the trust had been on SIMS for
        twenty years and the trustees wanted a "trial marriage" before
        committing; it rolls into three years unless they give notice by
        30 November. The price is a shade below our usual list for a trust
        this size, to win them from SIMS, and we waived half the migration
        services charge after a long argument. The price is fixed for the
        three years, which was Nadia's condition. It's a small account, but
        trusts of this size are merging all the time, and being the system in
        a trust that gets absorbed is how we get into bigger ones."""),
    "unexpected_use": P("""
        Two, both charming. Ruth at Lune Bridge runs the walking bus through
        Connect: the rota of parent volunteers who walk the children in from
        the estate at the far end of the village, with a sign-up group and a
        reminder the night before. And Ribblesdale High uses Attend's activity
        registers for the Duke of Edinburgh expeditions, kit checks and all.
        Neither is what we built it for. Mention the walking bus if you ever
        need to warm Ruth up; she's proud of it."""),
    "channels_surprises": P("""
        Paul: the phone. He hates long emails and will reply "can you call me?"
        to anything over a paragraph. Nadia: email, and only Tuesday to
        Thursday because she's part-time; she works for another trust the rest
        of the week, so an email on a Friday will wait until Tuesday. Shona:
        WhatsApp, any time. Ruth: email, and keep it formal. Colin Marsden, the
        Chair of Trustees: not directly at all. Paul is quite protective;
        anything for the trustees goes through him, and contacting Colin
        without Paul knowing would be seen as going over his head. Who must
        never be surprised: Paul, about anything to do with the trustees'
        decision, and Ruth, about anything involving SEN or safeguarding data.
        If a release changes how SEN information displays, tell her first, in
        writing, before it lands."""),
    "org_changes": P("""
        The big one: the trust is in early talks about joining Pendle Hill
        Learning Trust, a twenty-odd school trust over the hill in Lancashire.
        The DfE is encouraging small trusts to combine, and five schools is
        small. Paul described it as "a conversation, not a courtship", but he
        did mention it twice, and the trustees have set up a working group.
        Pendle Hill runs Arbor, which I needn't spell out. Second, Nadia's
        contract ends in March 2027 and the trust is considering outsourcing
        finance to a bureau, so the person who wrote the pricing condition may
        not be there to defend it. Third, the possible sixth school, a small
        church primary, which is in talks to join in 2027. So: growth, or
        absorption, or both. I think the trustees themselves are split, though
        nobody has told me who thinks what."""),
    "warning_signs": P("""
        The last time this trust wobbled was during the original decision in
        2025. Paul went silent for five weeks after our final proposal, no
        emails, no calls, and it turned out the trustees were seriously
        considering staying on SIMS and renewing for three years. We only found
        out because Shona told us. So Paul going quiet is the sign to watch.
        This autumn he's been perfectly talkative, but he's started asking
        about shorter terms and a one-year extension option, which suggests
        the trustees don't want to commit beyond a possible merger, and Nadia
        has written asking whether the notice date can be pushed back. Ruth
        declining the termly review in March was another small one; she sent
        her deputy."""),
    "renewal_risk": P("""
        The stated reason, if they give notice or ask for a short extension,
        will be timing: the trustees want to wait until the picture with Pendle
        Hill is clear before committing to three years. That's sensible, and
        they'll say it sincerely. The real reasons are two. First, if they're
        joining Pendle Hill, the bigger trust runs Arbor, and nobody wants to
        migrate twice in two years, so the path of least resistance is to sit
        tight and then move onto Pendle Hill's system. Second, Ruth Entwistle;
        she's a respected head and sits on the board of the local teaching
        school hub, and if she says "they lost our SEN data", that will carry
        weight with the trustees whatever the facts. I'd offer a one-year
        extension rather than lose them, and put real effort into Ruth."""),
}

QUESTIONS += [
    Q(RL, "Does Paul get to sign off on his own or do the trustees have to get involved?",
      [iv("decision_maker")], ["100,000"]),
    Q(RL, "What freebie did Harriet sort out for Sho?",
      [iv("champion"), act("a-rl-006")], ["Certified Administrator"]),
    Q(RL, "How many kids lost their special needs info in the switchover from the old system?",
      [iv("history_sensitivities"), act("a-rl-002"), act("a-rl-003")], ["60"]),
    Q(RL, "When's the trustees meeting that decides on the 3 year deal?",
      [iv("decision_maker"), act("a-rl-009")], ["25 November"]),
    Q(RL, "How much was their first half-year payment and when did it clear?",
      [act("a-rl-004")], ["23,150", "27 February"]),
    Q(RL, "Can I ring the finance director on a Monday?",
      [iv("channels_surprises"), con("c-rl-quinn")], ["Tuesday"]),
    Q(RL, "Are they thinking about getting absorbed into a bigger trust?",
      [iv("org_changes"), act("a-rl-009"), iv("renewal_risk")], ["Pendle Hill"]),
    Q(RL, "If they take on another school next year, what did we tell them it'd cost?",
      [iv("hidden_commitments")], ["migration fee"]),
    Q(RL, "Did their autumn census go OK on our system?",
      [act("a-rl-008")], ["zero errors"]),
    Q(RL, "What did the part-time finance lady ask us about the notice deadline?",
      [act("a-rl-010"), iv("warning_signs")], ["31 January"]),
    # hard abstain: the chair's view is never captured
    Q(RL, "What did Colin Marsden think about the Pendle Hill merger?"),
    # off-topic
    Q(RL, "What's the trust's policy on fining parents for term-time holidays?"),
]


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
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
    n_abs = sum(q["expect"] == "abstain" for q in questions)
    print(f"wrote bundle.json ({len(ACCOUNTS)} accounts) and eval.json "
          f"({len(questions)} questions, {n_abs} abstain)")


if __name__ == "__main__":
    main()
