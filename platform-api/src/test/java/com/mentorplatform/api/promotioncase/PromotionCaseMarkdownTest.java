package com.mentorplatform.api.promotioncase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown of a fixed case, section by section. */
class PromotionCaseMarkdownTest {

    @Test
    void the_markdown_has_the_title_vision_competencies_milestones_evidence_and_footer_in_order() {
        String markdown = PromotionCaseMarkdown.render(SampleCase.of());

        assertThat(markdown).isEqualTo("""
                # Promotion case: Zofia Łukasiewicz

                Data Analyst, Finance · Cohort Spring 2027 · Prepared 3 March 2027

                ## Vision

                Lead a small analytics team that finance trusts for its forecasts.

                **Why it matters:** I want to grow people the way my first lead grew me.

                **What success looks like:** Two analysts I coached deliver forecasts on their own; finance asks for us by name.

                **Horizon:** 18 months · **Target role:** Analytics Lead

                ## Competencies

                | Competency | Before | Now | Required |
                |---|:-:|:-:|:-:|
                | Stakeholder management | 2 | 4 (mentor) | 4 |
                | Coaching others | 1 | 2 | 4 |
                | Forecasting | 3 | 4 | – |

                Levels 1–5. *Before* is the self-rating when the roadmap started; *Now* is the mentor's rating where given, else the current self-rating.

                ## Milestones reached

                ### Lead the Q3 planning

                Reached 12 February 2027 (due 1 March 2027, on time)

                **Criteria:** Runs the planning end to end with three teams.

                **What shows it:** Plan signed off by the CFO on 12 February.

                > Zofia ran every session herself and brought two sceptical teams along.
                >
                > — Endorsed by Yusuf Haddad, mentor, 14 February 2027

                ### Coach a new analyst

                Reached 20 February 2027 (due 31 January 2027, late)

                **Criteria:** A new analyst ships a forecast alone.

                ## Evidence

                ### Q3 planning retrospective (Case study)

                Cut the planning cycle from six weeks to four; forecast error fell from 12% to 7%.

                - Link: <https://wiki.acme.example/q3-planning>
                - Milestones: Lead the Q3 planning
                - Competencies: Stakeholder management

                ### Forecast model handover (File)

                Two analysts now run the model without help.

                - File: forecast-handover.pdf

                ---

                *Prepared 3 March 2027 from Mentoring Platform (Acme).*
                """);
    }

    @Test
    void typed_text_cannot_add_markup_headings_or_html() {
        assertThat(PromotionCaseMarkdown.text("# Not a heading\n- not a list\n1. not numbered\n<b>*bold*</b> | [x](y)"))
                .isEqualTo("\\# Not a heading\n\\- not a list\n1\\. not numbered\n\\<b\\>\\*bold\\*\\</b\\> \\| \\[x\\](y)");
        assertThat(PromotionCaseMarkdown.oneLine("two\nlines")).isEqualTo("two lines");
    }
}
