package com.mentorplatform.api.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small real files for demo evidence: a one-page PDF of text lines, and Markdown. */
final class DemoFiles {

    private DemoFiles() {
    }

    /** A valid one-page A4 PDF with a title and lines of Helvetica text (ASCII only). */
    static byte[] pdf(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 18 Tf 72 770 Td (").append(escaped(title)).append(") Tj")
                .append(" /F1 11 Tf 16 TL 0 -32 Td");
        lines.forEach(line -> text.append(" (").append(escaped(line)).append(") Tj T*"));
        text.append(" ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(pdf, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /** Markdown with a heading and one bullet per line. */
    static byte[] markdown(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String line) {
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
