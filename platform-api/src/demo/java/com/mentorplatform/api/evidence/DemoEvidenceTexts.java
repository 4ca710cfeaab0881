package com.mentorplatform.api.evidence;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What demo mentees collect as evidence, each piece tied to a competency by name. */
final class DemoEvidenceTexts {

    /** A piece of evidence: an address, or a file with its name and bytes, or neither. */
    record Evidence(EvidenceKind kind, String title, String impact, @Nullable String url, String competency,
                    @Nullable String fileName, @Nullable byte[] file) {
    }

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

    /** The demo mentee's evidence, a PDF and a Markdown file among it, in the same story as their journal. */
    static final List<Evidence> SHOWCASE_EVIDENCE = List.of(
            new Evidence(EvidenceKind.FILE, "Onboarding discovery summary", "Five interviews and a rebuilt funnel "
                    + "moved the squad's focus to the data-connection step; activation rose from 41% to 48%.", null,
                    "Data literacy", "onboarding-discovery.pdf", DemoFiles.pdf("Onboarding discovery summary",
                    List.of("Question: why do new customers leave in their first week?",
                            "Method: five interviews and the onboarding funnel rebuilt from raw events.",
                            "Finding: four of five got stuck connecting their data (step three).",
                            "Result: the checklist shipped; activation within 7 days rose from 41% to 48%."))),
            new Evidence(EvidenceKind.DASHBOARD, "Activation dashboard", "The squad's weekly view of activation "
                    + "within seven days, now the metric on the quarterly plan.",
                    "https://dashboards.example.com/product/activation", "Execution", null, null),
            new Evidence(EvidenceKind.DOCUMENTED_OUTCOME, "Prioritisation the squad agreed", "Twelve backlog items "
                    + "scored with the tech lead; four chosen and all four delivered in the quarter.", null,
                    "Planning and prioritisation", "squad-priorities.md", DemoFiles.markdown("Squad priorities, Q4",
                    List.of("Twelve candidate items scored on impact and effort with the tech lead",
                            "Four chosen; the other eight parked with a reason each",
                            "All four delivered by the end of the quarter"))),
            new Evidence(EvidenceKind.LINK, "All-hands talk: what new customers told us", "Ten-minute talk on the "
                    + "onboarding results; two other squads now use the interview guide.",
                    "https://videos.example.com/all-hands/onboarding-results", "Influencing", null, null),
            new Evidence(EvidenceKind.CASE_STUDY, "Case study: saying no with numbers", "A custom export for one "
                    + "account traded against the onboarding fix, with the funnel data; sales accepted a workaround.",
                    "https://wiki.example.com/product/case-studies/custom-export", "Stakeholder management", null,
                    null));

    private DemoEvidenceTexts() {
    }
}
