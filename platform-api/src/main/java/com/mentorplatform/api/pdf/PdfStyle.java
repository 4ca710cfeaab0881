package com.mentorplatform.api.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typography of the platform's PDFs (promotion case, board report): one family (Liberation Sans, regular and bold, embedded so that
 * every name prints, accents included), a few sizes for a clear hierarchy, and calm colours.
 */
public final class PdfStyle {

    public static final Color INK = new Color(0x1F, 0x29, 0x33);
    public static final Color MUTED = new Color(0x61, 0x6E, 0x7C);
    public static final Color ACCENT = new Color(0x0F, 0x4C, 0x81);
    public static final Color RULE = new Color(0xD9, 0xE2, 0xEC);
    public static final Color SHADE = new Color(0xF3, 0xF6, 0xF9);
    public static final Color GOOD = new Color(0x1B, 0x7F, 0x4B);
    public static final Color SHORT = new Color(0xB4, 0x53, 0x09);

    public static final float BODY_SIZE = 10.5f;
    public static final float BODY_LEADING = 15f;
    public static final float SMALL_SIZE = 8.5f;

    private static final BaseFont REGULAR = font("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSans-Bold.ttf");

    private PdfStyle() {
    }

    public static Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    public static Font bold(float size, Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    public static BaseFont regularBase() {
        return REGULAR;
    }

    /** A paragraph of body text. */
    public static Paragraph body(String text) {
        return paragraph(text, regular(BODY_SIZE, INK), BODY_LEADING, 0, 6);
    }

    /** A small muted line: dates, links, attributions. */
    public static Paragraph note(String text) {
        return paragraph(text, regular(SMALL_SIZE + 0.5f, MUTED), 13, 0, 4);
    }

    /** A small bold uppercase label above what it names. */
    public static Paragraph label(String text) {
        Paragraph label = paragraph("", bold(SMALL_SIZE - 0.5f, MUTED), 11, 6, 1);
        Chunk spaced = new Chunk(text.toUpperCase(java.util.Locale.ROOT), bold(SMALL_SIZE - 0.5f, MUTED));
        spaced.setCharacterSpacing(0.6f);
        label.add(spaced);
        return label;
    }

    /** A section heading in the accent colour over a hairline as wide as the text column. */
    public static PdfPTable sectionHeading(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold(13, ACCENT)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(0.6f);
        cell.setBorderColorBottom(RULE);
        cell.setPadding(0);
        cell.setPaddingTop(22);
        cell.setPaddingBottom(7);
        PdfPTable heading = new PdfPTable(1);
        heading.setWidthPercentage(100);
        heading.addCell(cell);
        return heading;
    }

    public static Paragraph paragraph(String text, Font font, float leading, float before, float after) {
        Paragraph paragraph = new Paragraph(leading, text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** A table cell without borders, its text wrapping inside the cell. */
    public static PdfPCell plainCell(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setUseAscender(true);
        return cell;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfStyle.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + file, e);
        }
    }
}
