package com.mentorplatform.api.demo;

import com.mentorplatform.api.evidence.EvidenceKind;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What demo mentees write in their journals and collect as evidence, each tied to a competency by name. */
final class DemoJournalTexts {

    /** A journal entry; a {@code personal} one is never shared. */
    record Entry(String title, String body, String competency, boolean personal) {
    }

    /** A piece of evidence: an address, or a file with its name and bytes, or neither. */
    record Evidence(EvidenceKind kind, String title, String impact, @Nullable String url, String competency,
                    @Nullable String fileName, @Nullable byte[] file) {
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

    static final List<Evidence> EVIDENCE = List.of(
            new Evidence(EvidenceKind.DASHBOARD, "Release lead time dashboard", "Release lead time fell from 12 days "
                    + "to 3 after the pipeline changes I led; the dashboard tracks it week by week.",
                    "https://dashboards.example.com/engineering/release-lead-time", "Execution", null, null),
            new Evidence(EvidenceKind.CASE_STUDY, "Case study: payment retry redesign", "Failed payments dropped by "
                    + "38% in two months after the redesign I proposed and led through review.",
                    "https://wiki.example.com/case-studies/payment-retry", "System design", null, null),
            new Evidence(EvidenceKind.DOCUMENTED_OUTCOME, "Onboarding time halved", "New joiners now ship their first "
                    + "change in 4 days instead of 9, after I rewrote the onboarding guide and pairing plan.", null,
                    "Coaching and feedback", "onboarding-outcome.md", DemoFiles.markdown("Onboarding time halved",
                    List.of("Before: 9 days to the first merged change (median of 11 joiners)",
                            "After: 4 days (median of 8 joiners)",
                            "What changed: a rewritten guide and a pairing plan for the first week"))),
            new Evidence(EvidenceKind.LINK, "Talk: boring technology at scale", "Internal tech talk watched by 140 "
                    + "colleagues; two teams adopted the checklist from it.",
                    "https://videos.example.com/talks/boring-technology", "Influencing", null, null),
            new Evidence(EvidenceKind.FILE, "Quarterly planning summary", "The planning approach I introduced cut the "
                    + "quarter's list from 14 items to 6 and the team delivered all six.", null,
                    "Planning and prioritisation", "planning-summary.pdf", DemoFiles.pdf("Quarterly planning summary",
                    List.of("Goal: a plan the team believes it can deliver.",
                            "Method: impact and effort grid, one round of silent voting.",
                            "Result: 14 candidate items cut to 6; all 6 delivered on time.",
                            "Follow-up: the approach is now used by two other teams."))));

    private DemoJournalTexts() {
    }
}
