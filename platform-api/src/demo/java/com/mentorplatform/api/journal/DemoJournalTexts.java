package com.mentorplatform.api.journal;

import java.util.List;

/** What demo mentees write in their journals, each entry tied to a competency by name. */
final class DemoJournalTexts {

    /** A journal entry; a {@code personal} one is never shared. */
    record Entry(String title, String body, String competency, boolean personal) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("Ran my first design review", "I led the design review for the payment retry service. A one-page "
                    + "summary sent the day before kept the discussion on the two real trade-offs. Next time I will ask "
                    + "for written comments first, so quieter people get heard.", "System design", false),
            new Entry("Feedback to a new colleague", "Gave Sam feedback on a pull request that had grown too large. I "
                    + "described what I saw and its effect instead of judging, and asked what would help. We agreed "
                    + "on smaller slices; the next three reviews were done in a day.", "Coaching and feedback", false),
            new Entry("Negotiated scope with product", "The launch date could not move, so I proposed cutting the export "
                    + "feature to CSV only. I brought usage numbers: 90% of exports are CSV. Product agreed in one "
                    + "meeting. Lesson: bring data, not opinions.", "Stakeholder management", false),
            new Entry("Wrote the quarterly engineering update", "First time I wrote the update for the whole department. "
                    + "I led with the three outcomes that matter to readers and moved the details to an appendix. "
                    + "Two directors replied with questions, which I take as a sign it was read.",
                    "Written communication", false),
            new Entry("A dashboard changed a decision", "Built a small dashboard of support tickets by feature. It showed "
                    + "that onboarding, not billing, drives most tickets, and the team reordered the next quarter. "
                    + "Data literacy is not about charts, it is about the question asked.", "Data literacy", false),
            new Entry("Missed a deadline", "The migration slipped by a week. I saw the risk early but did not raise it, "
                    + "hoping to catch up. Next time I say it out loud the day I see it and offer options.",
                    "Execution", true),
            new Entry("Doubts about the promotion timeline", "I am not sure I am ready for the next level by the spring "
                    + "round. Writing it down helps: the gap is mostly influence beyond my team, not skills. I want to "
                    + "think about this more before I bring it to my mentor.", "Strategic thinking", true),
            new Entry("Influencing without authority", "Mentor session on getting another team to adopt our API "
                    + "guidelines. Idea to try: find the one person there who already feels the pain and make them "
                    + "the co-author of the proposal.", "Influencing", false),
            new Entry("Refactored the billing module", "Split the 2,000-line billing class into four parts with tests "
                    + "first. Review time on billing changes dropped noticeably, and two people who avoided the module "
                    + "now work in it.", "Code quality", false),
            new Entry("Planned the quarter with the team", "Facilitated quarter planning for the first time. We used a "
                    + "simple impact and effort grid and cut the list from 14 items to 6. The team said it was the first "
                    + "plan that felt achievable.", "Planning and prioritisation", false),
            new Entry("Deep dive into the query planner", "Spent Friday reading query plans for our slowest report. An "
                    + "index on two columns took it from 40 seconds to under one. I wrote up what I learned for the "
                    + "team wiki.", "Technical depth", false),
            new Entry("Acting team lead for a week", "Covered for our lead during her holiday. Ran stand-ups, handled "
                    + "an incident and a tricky one-to-one. Harder than expected: the context switching, not the "
                    + "decisions.", "People leadership", false),
            new Entry("Presented our roadmap to leadership", "Ten minutes with the VP group. I framed the roadmap as "
                    + "three bets with the metric each should move. The question I did not expect was about hiring, "
                    + "so I should connect plans to people next time.", "Strategic thinking", false),
            new Entry("Tension in the team retro", "The retro turned into blame between two colleagues. I did not step "
                    + "in and regret it. I want to learn how to steer such a moment without taking sides.",
                    "People leadership", true),
            new Entry("Asked for feedback on my writing", "Asked two senior colleagues to mark up my design document. "
                    + "Both said the same thing: the decision is buried on page three. I now write the decision "
                    + "first.", "Written communication", false));

    /**
     * The demo mentee's own journal: a product analyst working towards product manager, so their workspace
     * and promotion case read as one person's story rather than a draw from everyone's pool.
     */
    static final List<Entry> SHOWCASE_ENTRIES = List.of(
            new Entry("Five onboarding interviews in a week", "Ran five interviews with customers who dropped out in "
                    + "the first week. Four of them got stuck at the same step: connecting their data. I had assumed "
                    + "pricing. Next time I write my assumption down before the first call.", "Data literacy", false),
            new Entry("The funnel told a different story", "Rebuilt the onboarding funnel from raw events instead of "
                    + "the old dashboard. The drop is at step three, not step five, and the squad had been fixing "
                    + "the wrong screen for a month.", "Data literacy", false),
            new Entry("First time saying no to a stakeholder", "Sales asked for a custom export for one account. I "
                    + "showed the trade-off against the onboarding fix with the numbers from the funnel and offered a "
                    + "workaround. They accepted, grudgingly. Bringing the alternative made the difference.",
                    "Stakeholder management", false),
            new Entry("Doubts about the promotion timeline", "I am not sure I am ready for product manager by the "
                    + "spring round. Writing it down helps: the gap is deciding in the room, not the analysis. I want "
                    + "to think about this more before I bring it to my mentor.", "Strategic thinking", true),
            new Entry("Wrote my first one-page brief", "Drafted a one-page brief for the checklist idea: problem, "
                    + "evidence, the bet, how we will know. My mentor's advice: put the decision you want in the "
                    + "first line. The second draft was half as long and got a yes.", "Written communication", false),
            new Entry("Ran the squad's prioritisation", "Facilitated the squad's backlog session with the tech lead. "
                    + "We scored twelve items on impact and effort and agreed on four. The engineers said it was the "
                    + "first time the why behind the order was clear.", "Planning and prioritisation", false),
            new Entry("Lost the room in the design review", "I went too deep into the data in the design review and "
                    + "people stopped listening. Next time: the one chart that matters, then questions.",
                    "Influencing", true),
            new Entry("Brought design and engineering together", "The designer and the tech lead disagreed on the "
                    + "checklist layout. I put both versions in front of three customers on the same afternoon; the "
                    + "answer was obvious to everyone by the end of the day.", "Influencing", false),
            new Entry("Shadowed the product lead", "Joined the product lead's customer calls for a month. What I "
                    + "noticed: she never asks what feature they want, only what they were trying to do when it "
                    + "went wrong.", "Strategic thinking", false),
            new Entry("A metric the squad can move", "Proposed activation within seven days as the squad's metric "
                    + "instead of sign-ups. It took two conversations with the director, but it is now on the "
                    + "quarterly plan.", "Execution", false),
            new Entry("Feeling stretched", "Two experiments and the day job already feel like a lot. I keep switching "
                    + "between them; I want to close one before the next check-in.", "Execution", true),
            new Entry("Presented the onboarding results", "Ten minutes at the all-hands on the onboarding checklist: "
                    + "activation up from 41% to 48% in six weeks. I led with the customer quote, then the number. "
                    + "Two other squads asked for the interview guide.", "Written communication", false));

    private DemoJournalTexts() {
    }
}
