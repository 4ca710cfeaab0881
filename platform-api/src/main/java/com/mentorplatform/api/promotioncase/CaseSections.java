package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.pdf.PdfStyle;
import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.mentorplatform.api.promotioncase.PromotionCase.CompetencyProgress;
import com.mentorplatform.api.promotioncase.PromotionCase.Endorsement;
import com.mentorplatform.api.promotioncase.PromotionCase.Evidence;
import com.mentorplatform.api.promotioncase.PromotionCase.ReachedMilestone;
import com.mentorplatform.api.promotioncase.PromotionCase.Vision;

import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.pdf.PdfStyle.ACCENT;
import static com.mentorplatform.api.pdf.PdfStyle.INK;
import static com.mentorplatform.api.pdf.PdfStyle.MUTED;
import static com.mentorplatform.api.pdf.PdfStyle.RULE;

/** The body sections of the promotion-case PDF: vision, competencies, milestones reached and evidence. */
final class CaseSections {

    private static final float[] COMPETENCY_COLUMNS = {44, 12, 14, 12, 18};

    private final Document document;

    CaseSections(Document document) {
        this.document = document;
    }

    void vision(Vision vision) {
        List<Element> parts = new ArrayList<>();
        parts.add(PdfStyle.paragraph(vision.aspiration().strip(), PdfStyle.regular(12, INK), 17, 0, 4));
        parts.addAll(labelled("Why it matters", vision.whyItMatters()));
        parts.addAll(labelled("What success looks like", vision.successLooksLike()));
        String target = vision.targetRoleName() == null ? "" : "  ·  Target role: " + vision.targetRoleName();
        parts.addAll(labelled("Horizon", vision.horizonMonths() + " months" + target));
        section("Vision", List.of(parts));
    }

    void competencies(List<CompetencyProgress> competencies) {
        if (competencies.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(COMPETENCY_COLUMNS);
        table.setWidthPercentage(100);
        // The section heading and the column titles head the table on every page it runs over, and the legend
        // is its footer: neither can be left alone at the foot or the top of a page.
        table.setHeaderRows(3);
        table.setFooterRows(1);
        PdfPCell heading = new PdfPCell(PdfStyle.sectionHeading("Competencies"));
        heading.setColspan(COMPETENCY_COLUMNS.length);
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPadding(0);
        heading.setPaddingBottom(4);
        table.addCell(heading);
        for (String title : List.of("Competency", "Before", "Now", "Required", "Status")) {
            PdfPCell cell = PdfStyle.plainCell(new Phrase(title, PdfStyle.bold(PdfStyle.SMALL_SIZE, MUTED)),
                    title.equals("Competency") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
            rule(cell, 0.8f, MUTED);
            table.addCell(cell);
        }
        PdfPCell legend = new PdfPCell();
        legend.addElement(PdfStyle.note("Levels 1–5. Before: self-rating when the roadmap started. "
                + "Now: the mentor's rating where given (marked M), else the current self-rating."));
        legend.setColspan(COMPETENCY_COLUMNS.length);
        legend.setBorder(Rectangle.NO_BORDER);
        legend.setPadding(0);
        legend.setPaddingTop(4);
        table.addCell(legend);
        competencies.forEach(c -> competencyRow(table, c));
        document.add(table);
    }

    private void competencyRow(PdfPTable table, CompetencyProgress c) {
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(PdfStyle.plainCell(new Phrase(c.name(), PdfStyle.regular(10, INK)), Element.ALIGN_LEFT));
        cells.add(PdfStyle.plainCell(level(c.before(), false), Element.ALIGN_CENTER));
        Phrase now = level(c.now(), true);
        if (c.ratedByMentor()) {
            now.add(new Chunk("  M", PdfStyle.bold(7, ACCENT)));
        }
        cells.add(PdfStyle.plainCell(now, Element.ALIGN_CENTER));
        cells.add(PdfStyle.plainCell(level(c.required(), false), Element.ALIGN_CENTER));
        cells.add(PdfStyle.plainCell(status(c), Element.ALIGN_CENTER));
        cells.forEach(cell -> {
            rule(cell, 0.5f, RULE);
            table.addCell(cell);
        });
    }

    private static Phrase level(Integer level, boolean emphasised) {
        String text = level == null ? "–" : level.toString();
        return new Phrase(text, emphasised ? PdfStyle.bold(10.5f, INK) : PdfStyle.regular(10, MUTED));
    }

    private static Phrase status(CompetencyProgress c) {
        if (c.required() == null) {
            return new Phrase("", PdfStyle.regular(9, MUTED));
        }
        if (c.meetsRequired()) {
            return new Phrase("Meets", PdfStyle.bold(9, PdfStyle.GOOD));
        }
        int short_ = c.required() - (c.now() == null ? 0 : c.now());
        return new Phrase(short_ + (short_ == 1 ? " level" : " levels") + " to go", PdfStyle.bold(9, PdfStyle.SHORT));
    }

    void milestones(List<ReachedMilestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        section("Milestones reached", milestones.stream().map(CaseSections::milestone).toList());
    }

    private static List<Element> milestone(ReachedMilestone m) {
        List<Element> parts = new ArrayList<>();
        parts.add(PdfStyle.paragraph(m.title(), PdfStyle.bold(11.5f, INK), 15, 0, 2));
        Paragraph when = PdfStyle.paragraph("Reached " + PromotionCase.longDate(m.reachedOn()) + "  ·  due "
                + PromotionCase.longDate(m.dueOn()) + "  ·  ", PdfStyle.regular(9.5f, MUTED), 13, 0, 2);
        when.add(new Chunk(m.onTime() ? "on time" : "late",
                PdfStyle.bold(9.5f, m.onTime() ? PdfStyle.GOOD : PdfStyle.SHORT)));
        parts.add(when);
        parts.addAll(labelled("Criteria", m.criteria()));
        parts.addAll(labelled("What shows it", m.reachedNote()));
        if (m.endorsement() != null) {
            parts.add(endorsement(m.endorsement()));
        }
        return parts;
    }

    private static PdfPTable endorsement(Endorsement e) {
        PdfPCell quote = new PdfPCell();
        quote.setBorder(Rectangle.LEFT);
        quote.setBorderColorLeft(ACCENT);
        quote.setBorderWidthLeft(2.5f);
        quote.setBackgroundColor(PdfStyle.SHADE);
        quote.setPadding(9);
        quote.setPaddingLeft(12);
        if (e.comment() != null && !e.comment().isBlank()) {
            quote.addElement(PdfStyle.paragraph("“" + e.comment().strip() + "”", PdfStyle.regular(10.5f, INK), 15, 0, 4));
        }
        quote.addElement(PdfStyle.paragraph("Endorsed by " + e.byName() + ", mentor, on "
                + PromotionCase.longDate(e.on()), PdfStyle.bold(9, MUTED), 12, 0, 0));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.addCell(quote);
        return table;
    }

    void evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        section("Evidence", evidence.stream().map(CaseSections::evidenceItem).toList());
    }

    private static List<Element> evidenceItem(Evidence e) {
        List<Element> parts = new ArrayList<>();
        Paragraph title = PdfStyle.paragraph(e.title(), PdfStyle.bold(11.5f, INK), 15, 0, 2);
        title.add(new Chunk("   " + e.kind().toUpperCase(java.util.Locale.ROOT), PdfStyle.bold(7.5f, ACCENT)));
        parts.add(title);
        parts.add(PdfStyle.body(e.impact().strip()));
        if (e.url() != null) {
            Paragraph link = PdfStyle.note("Link: ");
            Anchor anchor = new Anchor(e.url(), PdfStyle.regular(PdfStyle.SMALL_SIZE + 0.5f, ACCENT));
            anchor.setReference(e.url());
            link.add(anchor);
            parts.add(link);
        }
        if (e.fileName() != null) {
            parts.add(PdfStyle.note("File: " + e.fileName()));
        }
        List<String> supports = new ArrayList<>(e.milestones());
        supports.addAll(e.competencies());
        if (!supports.isEmpty()) {
            parts.add(PdfStyle.note("Supports: " + String.join("  ·  ", supports)));
        }
        return parts;
    }

    private static List<Element> labelled(String label, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.of(PdfStyle.label(label), PdfStyle.body(value.strip()));
    }

    /** A section's items, its heading kept on the page of its first item. */
    private void section(String heading, List<List<Element>> items) {
        for (int i = 0; i < items.size(); i++) {
            List<Element> parts = new ArrayList<>();
            if (i == 0) {
                parts.add(PdfStyle.sectionHeading(heading));
            }
            parts.addAll(items.get(i));
            document.add(block(parts));
        }
    }

    /** One item kept on one page where it fits, with room after it. */
    private static PdfPTable block(List<Element> parts) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(14);
        parts.forEach(cell::addElement);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    private static void rule(PdfPCell cell, float width, java.awt.Color color) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(width);
        cell.setBorderColorBottom(color);
    }
}
