package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.pdf.PageFooter;
import com.mentorplatform.api.pdf.PdfStyle;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.mentorplatform.api.promotioncase.PromotionCase.Header;
import com.mentorplatform.api.promotioncase.PromotionCase.Vision;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.pdf.PdfStyle.ACCENT;
import static com.mentorplatform.api.pdf.PdfStyle.INK;
import static com.mentorplatform.api.pdf.PdfStyle.MUTED;

/**
 * A promotion case as an A4 PDF that reads like a brief: a title block, the vision, a table of competencies
 * before and now against what the target role requires, the milestones reached with the mentor's endorsements,
 * the chosen evidence with its impact, and a footer with where it comes from and page numbers.
 */
final class PromotionCasePdf {

    private static final float SIDE_MARGIN = 64;
    private static final float TOP_MARGIN = 60;
    private static final float BOTTOM_MARGIN = 76;

    private PromotionCasePdf() {
    }

    /** The case as PDF bytes. */
    public static byte[] render(PromotionCase promotionCase) {
        Header header = promotionCase.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter.getInstance(document, out);
        document.addTitle("Promotion case: " + header.menteeName());
        document.addAuthor(header.menteeName());
        document.addCreator(header.preparedBy());
        document.open();
        titleBlock(document, header, promotionCase.vision());
        CaseSections sections = new CaseSections(document);
        sections.vision(promotionCase.vision());
        sections.competencies(promotionCase.competencies());
        sections.milestones(promotionCase.milestones());
        sections.evidence(promotionCase.evidence());
        document.close();
        return PageFooter.stamp(out.toByteArray(),
                "Prepared " + PromotionCase.longDate(header.preparedOn()) + " from " + header.preparedBy(),
                "Promotion case · " + header.menteeName(), SIDE_MARGIN, BOTTOM_MARGIN, TOP_MARGIN);
    }

    private static void titleBlock(Document document, Header header, Vision vision) {
        Paragraph eyebrow = PdfStyle.paragraph("", PdfStyle.bold(9, ACCENT), 12, 0, 6);
        Chunk label = new Chunk("PROMOTION CASE", PdfStyle.bold(9, ACCENT));
        label.setCharacterSpacing(1.2f);
        eyebrow.add(label);
        document.add(eyebrow);
        document.add(PdfStyle.paragraph(header.menteeName(), PdfStyle.bold(24, INK), 28, 0, 4));
        List<String> who = new ArrayList<>();
        if (!header.role().isBlank()) {
            who.add(header.role());
        }
        if (vision.targetRoleName() != null) {
            who.add("towards " + vision.targetRoleName());
        }
        if (!who.isEmpty()) {
            document.add(PdfStyle.paragraph(String.join("  ·  ", who), PdfStyle.regular(12, INK), 16, 0, 2));
        }
        document.add(PdfStyle.paragraph(header.cohortLine() + "  ·  Prepared "
                + PromotionCase.longDate(header.preparedOn()), PdfStyle.regular(9.5f, MUTED), 14, 0, 0));
    }
}
