package com.mentorplatform.api.leadership;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.mentorplatform.api.pdf.PageFooter;
import com.mentorplatform.api.pdf.PdfStyle;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.snapshot.SnapshotFilter;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The board pack: for all participants, one programme or one start year, the headline figures and then one
 * table per breakdown with every family's main figure side by side, each with a bar for its main rate. It is
 * built from the same leader tables as the screens, so the same cells are hidden, and it names no one.
 */
@Singleton
class BoardReport {

    private static final float MARGIN = 48;
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final List<Breakdown> SECTIONS = List.of(Breakdown.PROGRAMME, Breakdown.DEPARTMENT,
            Breakdown.LOCATION, Breakdown.LEVEL, Breakdown.START_YEAR);
    private static final List<Figure> FIGURES = List.of(
            new Figure(Family.PARTICIPATION, "participants", "Participants"),
            new Figure(Family.PARTICIPATION, "matchRate", "Matched"),
            new Figure(Family.COMPLETION, "reachedRate", "Milestones reached"),
            new Figure(Family.COMPLETION, "onTimeRate", "On time"),
            new Figure(Family.ENGAGEMENT, "cadenceKept", "Check-ins vs cadence"),
            new Figure(Family.RETENTION, "employed12", "Employed at 12 months"),
            new Figure(Family.RETENTION, "promoted12", "Promoted in 12 months"));

    private final LeaderReports reports;

    BoardReport(LeaderReports reports) {
        this.reports = reports;
    }

    byte[] render(Caller caller, SnapshotFilter filter) {
        Map<Breakdown, Map<Family, LeaderTable>> tables = reports.tables(caller, List.of(Family.values()), SECTIONS,
                filter);
        LeaderTable first = tables.get(Breakdown.PROGRAMME).get(Family.PARTICIPATION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 20);
        PdfWriter.getInstance(document, out);
        document.addTitle("Mentoring programme report");
        document.open();
        title(document, first, scopeOf(first, filter));
        headline(document, tables.get(Breakdown.PROGRAMME));
        for (Breakdown by : SECTIONS) {
            document.add(PdfStyle.sectionHeading("By " + heading(by)));
            document.add(section(tables.get(by)));
        }
        document.close();
        return PageFooter.stamp(out.toByteArray(), "Data as of " + AS_OF.format(first.asOf())
                        + " · groups under " + first.threshold() + " people hidden",
                "Mentoring programme report", MARGIN, MARGIN + 20, MARGIN);
    }

    private static void title(Document document, LeaderTable table, String scope) {
        Paragraph eyebrow = PdfStyle.paragraph("", PdfStyle.bold(9, PdfStyle.ACCENT), 12, 0, 6);
        Chunk label = new Chunk("MENTORING PROGRAMME REPORT", PdfStyle.bold(9, PdfStyle.ACCENT));
        label.setCharacterSpacing(1.2f);
        eyebrow.add(label);
        document.add(eyebrow);
        document.add(PdfStyle.paragraph(scope, PdfStyle.bold(22, PdfStyle.INK), 26, 0, 4));
        document.add(PdfStyle.note("Data as of " + AS_OF.format(table.asOf()) + ". " + table.note()));
        document.add(PdfStyle.note("People choose to join a programme, so differences in retention or promotion are "
                + "associations, not proof that mentoring caused them. Retention is a Kaplan–Meier estimate: people "
                + "who have not yet reached a horizon are counted only as long as they were followed."));
    }

    private static void headline(Document document, Map<Family, LeaderTable> byProgramme) {
        PdfPTable cards = new PdfPTable(FIGURES.size());
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(14);
        for (Figure figure : FIGURES) {
            LeaderTable table = byProgramme.get(figure.family());
            LeaderTable.Row total = table.total();
            String value = total.suppressed() ? "hidden"
                    : format(total.values().get(figure.column()), format(table, figure.column()));
            PdfPCell card = PdfStyle.plainCell(new Phrase(""), Element.ALIGN_LEFT);
            card.setBackgroundColor(PdfStyle.SHADE);
            card.setBorder(Rectangle.LEFT);
            card.setBorderColorLeft(PdfStyle.ACCENT);
            card.setBorderWidthLeft(2);
            card.addElement(new Phrase(value, PdfStyle.bold(16, PdfStyle.INK)));
            card.addElement(new Phrase(figure.label(), PdfStyle.regular(8.5f, PdfStyle.MUTED)));
            cards.addCell(card);
        }
        document.add(cards);
    }

    /** One line per group: its label, each figure, and a bar for the share of milestones reached. */
    private static PdfPTable section(Map<Family, LeaderTable> byFamily) {
        PdfPTable table = new PdfPTable(FIGURES.size() + 2);
        table.setWidthPercentage(100);
        float[] widths = new float[FIGURES.size() + 2];
        widths[0] = 3.2f;
        for (int i = 1; i <= FIGURES.size(); i++) {
            widths[i] = 1.3f;
        }
        widths[FIGURES.size() + 1] = 2.6f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.addCell(headerCell("", Element.ALIGN_LEFT));
        FIGURES.forEach(f -> table.addCell(headerCell(f.label(), Element.ALIGN_RIGHT)));
        table.addCell(headerCell("Milestones reached", Element.ALIGN_LEFT));
        List<LeaderTable.Row> rows = byFamily.get(Family.PARTICIPATION).rows();
        for (int i = 0; i < rows.size(); i++) {
            String label = rows.get(i).label();
            table.addCell(PdfStyle.plainCell(new Phrase(label, PdfStyle.regular(9, PdfStyle.INK)), Element.ALIGN_LEFT));
            for (Figure figure : FIGURES) {
                LeaderTable source = byFamily.get(figure.family());
                table.addCell(valueCell(source.rows().get(i), source, figure.column()));
            }
            LeaderTable completion = byFamily.get(Family.COMPLETION);
            LeaderTable.Row row = completion.rows().get(i);
            table.addCell(bar(row.suppressed() ? null : row.values().get("reachedRate")));
        }
        return table;
    }

    private static PdfPCell valueCell(LeaderTable.Row row, LeaderTable table, String column) {
        String text = row.suppressed() ? "hidden"
                : format(row.values().get(column), format(table, column));
        return PdfStyle.plainCell(new Phrase(text, row.suppressed()
                ? PdfStyle.regular(8, PdfStyle.MUTED) : PdfStyle.regular(9, PdfStyle.INK)), Element.ALIGN_RIGHT);
    }

    /** A horizontal bar as a two-column table: the filled share, then the rest. */
    private static PdfPCell bar(Double share) {
        PdfPCell holder = PdfStyle.plainCell(new Phrase(""), Element.ALIGN_LEFT);
        if (share == null) {
            return holder;
        }
        float filled = (float) Math.max(0.001, Math.min(0.999, share));
        PdfPTable bar = new PdfPTable(new float[] {filled, 1 - filled});
        bar.setWidthPercentage(100);
        PdfPCell done = new PdfPCell(new Phrase(" ", PdfStyle.regular(6, PdfStyle.INK)));
        done.setBackgroundColor(PdfStyle.ACCENT);
        done.setBorder(Rectangle.NO_BORDER);
        PdfPCell rest = new PdfPCell(new Phrase(" ", PdfStyle.regular(6, PdfStyle.INK)));
        rest.setBackgroundColor(PdfStyle.RULE);
        rest.setBorder(Rectangle.NO_BORDER);
        bar.addCell(done);
        bar.addCell(rest);
        holder.addElement(bar);
        return holder;
    }

    private static PdfPCell headerCell(String text, int alignment) {
        PdfPCell cell = PdfStyle.plainCell(new Phrase(text, PdfStyle.bold(8, PdfStyle.MUTED)), alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColorBottom(PdfStyle.RULE);
        return cell;
    }

    private static ColumnFormat format(LeaderTable table, String column) {
        return table.columns().stream().filter(c -> c.key().equals(column)).findFirst()
                .map(LeaderTable.Column::format).orElse(ColumnFormat.DECIMAL);
    }

    private static String format(Double value, ColumnFormat format) {
        if (value == null) {
            return "–";
        }
        return switch (format) {
            case COUNT -> String.format(Locale.ENGLISH, "%,d", Math.round(value));
            case PERCENT -> String.format(Locale.ENGLISH, "%.0f %%", value * 100);
            case DECIMAL -> String.format(Locale.ENGLISH, "%.1f", value);
        };
    }

    private static String scopeOf(LeaderTable byProgramme, SnapshotFilter filter) {
        if (filter.programmeId() != null) {
            return byProgramme.rows().stream().map(LeaderTable.Row::label).findFirst().orElse("One programme");
        }
        return filter.year() != null ? "Cohorts starting in " + filter.year() : "All programmes";
    }

    private static String heading(Breakdown by) {
        return by == Breakdown.START_YEAR ? "start year" : by.key;
    }

    /** One figure of the report: which family's table and column it comes from, and its short label. */
    private record Figure(Family family, String column, String label) {
    }
}
