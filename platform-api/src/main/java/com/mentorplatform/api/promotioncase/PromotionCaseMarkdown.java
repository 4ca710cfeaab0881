package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.promotioncase.PromotionCase.CompetencyProgress;
import com.mentorplatform.api.promotioncase.PromotionCase.Evidence;
import com.mentorplatform.api.promotioncase.PromotionCase.ReachedMilestone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A promotion case as Markdown (CommonMark with a GFM table), the same content as the PDF. Every piece of
 * text a person typed is escaped, so it reads as typed and can never add headings, links or HTML.
 */
final class PromotionCaseMarkdown {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern BULLET_START = Pattern.compile("^(\\s*)([-+=#])");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\s*\\d+)([.)])");

    private final StringBuilder out = new StringBuilder();

    private PromotionCaseMarkdown() {
    }

    /** The case as a Markdown document. */
    public static String render(PromotionCase promotionCase) {
        PromotionCaseMarkdown markdown = new PromotionCaseMarkdown();
        markdown.header(promotionCase.header());
        markdown.vision(promotionCase.vision());
        markdown.competencies(promotionCase.competencies());
        markdown.milestones(promotionCase.milestones());
        markdown.evidence(promotionCase.evidence());
        markdown.line("---").line("");
        markdown.line("*Prepared " + PromotionCase.longDate(promotionCase.header().preparedOn()) + " from "
                + text(promotionCase.header().preparedBy()) + ".*");
        return markdown.out.toString();
    }

    private void header(PromotionCase.Header header) {
        line("# Promotion case: " + oneLine(header.menteeName())).line("");
        List<String> facts = new ArrayList<>();
        if (!header.role().isBlank()) {
            facts.add(oneLine(header.role()));
        }
        facts.add(oneLine(header.cohortLine()));
        facts.add("Prepared " + PromotionCase.longDate(header.preparedOn()));
        line(String.join(" · ", facts)).line("");
    }

    private void vision(PromotionCase.Vision vision) {
        line("## Vision").line("");
        paragraph(text(vision.aspiration()));
        labelled("Why it matters", vision.whyItMatters());
        labelled("What success looks like", vision.successLooksLike());
        String target = vision.targetRoleName() == null ? "" : " · **Target role:** " + text(vision.targetRoleName());
        paragraph("**Horizon:** " + vision.horizonMonths() + " months" + target);
    }

    private void competencies(List<CompetencyProgress> competencies) {
        if (competencies.isEmpty()) {
            return;
        }
        line("## Competencies").line("");
        line("| Competency | Before | Now | Required |").line("|---|:-:|:-:|:-:|");
        for (CompetencyProgress c : competencies) {
            String now = level(c.now()) + (c.ratedByMentor() ? " (mentor)" : "");
            line("| " + oneLine(c.name()) + " | " + level(c.before()) + " | " + now + " | " + level(c.required()) + " |");
        }
        line("");
        paragraph("Levels 1–5. *Before* is the self-rating when the roadmap started; *Now* is the mentor's rating "
                + "where given, else the current self-rating.");
    }

    private void milestones(List<ReachedMilestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        line("## Milestones reached").line("");
        for (ReachedMilestone m : milestones) {
            line("### " + oneLine(m.title())).line("");
            paragraph("Reached " + PromotionCase.longDate(m.reachedOn()) + " (due " + PromotionCase.longDate(m.dueOn())
                    + ", " + (m.onTime() ? "on time" : "late") + ")");
            labelled("Criteria", m.criteria());
            labelled("What shows it", m.reachedNote());
            if (m.endorsement() != null) {
                endorsement(m.endorsement());
            }
        }
    }

    private void endorsement(PromotionCase.Endorsement e) {
        if (e.comment() != null && !e.comment().isBlank()) {
            e.comment().lines().forEach(l -> line("> " + text(l)));
            line(">");
        }
        line("> — Endorsed by " + text(e.byName()) + ", mentor, " + PromotionCase.longDate(e.on())).line("");
    }

    private void evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        line("## Evidence").line("");
        for (Evidence e : evidence) {
            line("### " + oneLine(e.title()) + " (" + oneLine(e.kind()) + ")").line("");
            paragraph(text(e.impact()));
            List<String> facts = new ArrayList<>();
            if (e.url() != null) {
                facts.add("- Link: <" + e.url().replace(">", "%3E").replace(" ", "%20") + ">");
            }
            if (e.fileName() != null) {
                facts.add("- File: " + text(e.fileName()));
            }
            if (!e.milestones().isEmpty()) {
                facts.add("- Milestones: " + text(String.join(", ", e.milestones())));
            }
            if (!e.competencies().isEmpty()) {
                facts.add("- Competencies: " + text(String.join(", ", e.competencies())));
            }
            facts.forEach(this::line);
            if (!facts.isEmpty()) {
                line("");
            }
        }
    }

    private void labelled(String label, String value) {
        if (value != null && !value.isBlank()) {
            paragraph("**" + label + ":** " + text(value));
        }
    }

    private void paragraph(String text) {
        line(text).line("");
    }

    private PromotionCaseMarkdown line(String text) {
        out.append(text).append('\n');
        return this;
    }

    private static String level(Integer level) {
        return level == null ? "–" : level.toString();
    }

    /**
     * Typed text made literal: inline markup escaped, and a line that would start a list, quote or heading
     * escaped at its start. Blank lines inside the text are kept as paragraph breaks.
     */
    static String text(String typed) {
        StringBuilder escaped = new StringBuilder();
        typed.strip().lines().forEach(line -> {
            String inline = INLINE_SPECIAL.matcher(line).replaceAll("\\\\$1");
            String block = BULLET_START.matcher(inline).replaceFirst("$1\\\\$2");
            escaped.append(escaped.isEmpty() ? "" : "\n").append(NUMBER_START.matcher(block).replaceFirst("$1\\\\$2"));
        });
        return escaped.toString();
    }

    /** Typed text for a heading or a table cell, which must stay on one line. */
    static String oneLine(String typed) {
        return text(typed).replace('\n', ' ');
    }
}
