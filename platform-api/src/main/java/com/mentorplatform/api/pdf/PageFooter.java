package com.mentorplatform.api.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every page's footer, stamped once the page count is known: a hairline, where the document comes from on the
 * left and "Page n of N" on the right; from the second page on, a quiet running head with the mentee's name.
 */
public final class PageFooter {

    private static final float SIZE = PdfStyle.SMALL_SIZE;

    private PageFooter() {
    }

    /** The document with footers on every page; the margins are the document's. */
    public static byte[] stamp(byte[] pdf, String source, String runningHead, float sideMargin, float bottomMargin,
                        float topMargin) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                float left = sideMargin;
                float right = size.getWidth() - sideMargin;
                float y = bottomMargin - 34;
                PdfContentByte canvas = stamper.getOverContent(page);
                hairline(canvas, left, right, y + 13);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, muted(source), left, y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, muted("Page " + page + " of " + pages), right, y, 0);
                if (page > 1) {
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, muted(runningHead), left,
                            size.getHeight() - topMargin + 26, 0);
                }
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not add the footers", e);
        }
    }

    private static void hairline(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    private static Phrase muted(String text) {
        return new Phrase(text, PdfStyle.regular(SIZE, PdfStyle.MUTED));
    }
}
