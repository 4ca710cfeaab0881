package com.mentorplatform.api.promotioncase;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF of a fixed case, read back as text. */
class PromotionCasePdfTest {

    @Test
    void the_pdf_holds_every_section_and_the_key_facts_of_the_case() throws IOException {
        byte[] pdf = PromotionCasePdf.render(SampleCase.of());
        // Kept for a person to look at (render it to PNG); the build never needs it.
        Files.write(Path.of("target", "promotion-case-sample.pdf"), pdf);

        String text = PdfText.of(pdf);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text).contains("PROMOTION CASE", "Zofia Łukasiewicz", "Data Analyst, Finance",
                "towards Analytics Lead", "Cohort Spring 2027", "Prepared 3 March 2027");
        assertThat(text).contains("Vision", "Lead a small analytics team", "WHY IT MATTERS", "18 months");
        assertThat(text).contains("Competencies", "Stakeholder management", "Meets", "2 levels to go");
        assertThat(text).contains("Milestones reached", "Lead the Q3 planning", "Reached 12 February 2027",
                "on time", "late", "Endorsed by Yusuf Haddad, mentor, on 14 February 2027",
                "brought two sceptical teams along");
        assertThat(text).contains("Evidence", "Q3 planning retrospective", "forecast error fell from 12% to 7%",
                "https://wiki.acme.example/q3-planning", "File: forecast-handover.pdf");
        assertThat(text).contains("Prepared 3 March 2027 from Mentoring Platform (Acme)", "Page 1 of");
    }

    @Test
    void a_long_case_runs_over_several_pages_with_every_item_and_a_page_count_on_each() throws IOException {
        byte[] pdf = PromotionCasePdf.render(SampleCase.longOne());
        Files.write(Path.of("target", "promotion-case-long.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();

        String text = PdfText.of(pdf);

        assertThat(pages).isGreaterThan(3);
        assertThat(text).contains("Competency number 12", "Milestone 6:", "The longest milestone", "Evidence 6", "Page " + pages + " of " + pages);
    }

    @Test
    void the_pdf_is_a4_and_names_its_subject_in_its_metadata() throws IOException {
        PdfReader reader = new PdfReader(PromotionCasePdf.render(SampleCase.of()));

        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
        assertThat(reader.getInfo()).containsEntry("Title", "Promotion case: Zofia Łukasiewicz");
    }
}
