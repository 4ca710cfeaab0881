package com.mentorplatform.api.evidence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bytes of a file are, whatever its name says; and the checks that compare the two. */
class FileSnifferTest {

    /** What {@code printf "three small words" | sha256sum} prints. */
    private static final String SHA256_OF_THREE_SMALL_WORDS =
            "c669c18e37e9b08dc5d933b5693f832eb6369384532a7e8f69d6be63ace92de4";

    @Test
    void the_accepted_formats_are_told_by_their_magic_numbers() {
        assertThat(FileSniffer.sniff(Files.PDF).type()).isEqualTo(FileType.PDF);
        assertThat(FileSniffer.sniff(Files.PNG).type()).isEqualTo(FileType.PNG);
        assertThat(FileSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).type())
                .isEqualTo(FileType.JPEG);
        assertThat(FileSniffer.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)).type()).isEqualTo(FileType.GIF);
        assertThat(FileSniffer.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).type())
                .isEqualTo(FileType.WEBP);
    }

    @Test
    void text_is_strict_utf8_without_nul_characters_and_markup_is_not_text() {
        assertThat(FileSniffer.sniff("\uFEFFname,score\nAda,3\n".getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(FileType.TEXT);
        assertThat(FileSniffer.sniff("# Outcome\n\nDelivered – on time ✓".getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(FileType.TEXT);
        assertThat(FileSniffer.sniff(new byte[] {'a', 0, 'b'}).description()).isEqualTo("an unrecognised binary file");
        assertThat(FileSniffer.sniff(new byte[] {'a', (byte) 0xC3, 'b'}).type()).isNull();
        assertThat(FileSniffer.sniff(Files.HTML).description()).isEqualTo("an HTML page");
        assertThat(FileSniffer.sniff("  <svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).description())
                .isEqualTo("an XML or SVG document");
    }

    @Test
    void office_documents_are_zips_whose_part_list_names_their_main_part() {
        assertThat(FileSniffer.sniff(Files.docx()).type()).isEqualTo(FileType.DOCX);
        assertThat(FileSniffer.sniff(Files.office(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")).type()).isEqualTo(FileType.XLSX);
        assertThat(FileSniffer.sniff(Files.office(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")).type())
                .isEqualTo(FileType.PPTX);
        assertThat(FileSniffer.sniff(Files.office("application/vnd.ms-word.document.macroEnabled.main+xml"))
                .description()).isEqualTo("a macro-enabled Office document");
        assertThat(FileSniffer.sniff(plainZip()).description()).isEqualTo("a ZIP archive");
    }

    @Test
    void programs_and_archives_are_named_for_what_they_are() {
        assertThat(FileSniffer.sniff(Files.WINDOWS_PROGRAM).description()).isEqualTo("a Windows program");
        assertThat(FileSniffer.sniff(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}).description()).isEqualTo("a Linux program");
        assertThat(FileSniffer.sniff(new byte[] {0x1F, (byte) 0x8B, 8, 0}).description()).isEqualTo("a compressed archive");
    }

    @Test
    void a_renamed_program_or_a_web_page_named_as_an_image_is_refused_saying_what_it_looks_like() {
        assertThat(FileCheck.refusal("report.pdf", "application/pdf", Files.WINDOWS_PROGRAM))
                .isEqualTo("looks like a Windows program, not a PDF document");
        assertThat(FileCheck.refusal("chart.png", "image/png", Files.HTML)).isEqualTo("looks like an HTML page, not a PNG image");
        assertThat(FileCheck.refusal("chart.png", "application/pdf", Files.PNG))
                .isEqualTo("looks like a PNG image, not a PDF document (application/pdf)");
        assertThat(FileCheck.refusal("tool.exe", null, Files.WINDOWS_PROGRAM)).startsWith("'.exe' files are not accepted");
        assertThat(FileCheck.refusal("chart.png", "text/html", Files.PNG)).startsWith("is declared as text/html");
        assertThat(FileCheck.refusal("empty.txt", "text/plain", new byte[0])).isEqualTo("is empty");
    }

    @Test
    void an_accepted_file_keeps_its_name_the_content_type_its_bytes_and_name_agree_on_and_its_sha256() {
        FileCheck.Accepted csv = FileCheck.check("scores.csv", "application/vnd.ms-excel",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        FileCheck.Accepted pdf = FileCheck.check("Outcome.PDF", "application/octet-stream", Files.PDF);

        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(pdf.fileName()).isEqualTo("Outcome.PDF");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(FileCheck.check("words.txt", "text/plain", "three small words".getBytes(StandardCharsets.UTF_8))
                .sha256()).isEqualTo(SHA256_OF_THREE_SMALL_WORDS);
    }

    private static byte[] plainZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
