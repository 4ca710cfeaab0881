package com.mentorplatform.ui.promotioncase;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.ui.promotioncase.PromotionCaseClient.Selection;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class PromotionCaseViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_mentee_chooses_among_reached_milestones_and_evidence_with_its_impact_all_chosen_at_first() {
        TestCases.Material material = TestCases.fresh(TestCases.api(TestCases.MENTEE));
        PromotionCaseView view = (PromotionCaseView) open(TestCases.MENTEE);

        assertThat(view.choices.milestones.getListDataView().getItems().map(MilestoneResponse::getTitle))
                .containsExactly(material.reachedTitle());
        assertThat(view.choices.evidence.getListDataView().getItems())
                .anySatisfy(e -> assertThat(e.getTitle() + " " + e.getImpact())
                        .isEqualTo(material.evidenceTitle() + " " + material.impact()));
        assertThat(view.choices.milestones.getValue()).hasSize(1);
        assertThat(view.preview.getText()).startsWith("# Promotion case: ")
                .contains(material.reachedTitle(), material.evidenceTitle(), material.impact())
                .doesNotContain(material.openTitle());
    }

    @Test
    void unticking_evidence_takes_it_out_of_the_preview_and_the_download_and_nothing_chosen_disables_downloads() {
        TestCases.Material material = TestCases.fresh(TestCases.api(TestCases.MENTEE));
        PromotionCaseView view = (PromotionCaseView) open(TestCases.MENTEE);

        view.choices.evidence.setValue(Set.of());

        Selection selection = view.choices.selection();
        assertThat(selection.evidenceIds()).isEmpty();
        assertThat(view.chosen.getText()).isEqualTo("1 milestone, 0 pieces of evidence chosen");
        assertThat(view.preview.getText()).contains(material.reachedTitle()).doesNotContain(material.evidenceTitle());
        assertThat(view.downloadPdf.getHref()).isNotBlank();
        assertThat(view.downloadMarkdown.getHref()).isNotBlank();
        PromotionCaseClient client = new PromotionCaseClient(ConsoleSession.current().api());
        byte[] pdf = client.export(material.roadmapId(), selection, CaseFormat.PDF);
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        view.choices.milestones.setValue(Set.of());

        assertThat(view.downloadPdf.isEnabled()).isFalse();
        assertThat(view.downloadMarkdown.isEnabled()).isFalse();
        assertThat(view.preview.getText()).startsWith("Choose at least one");
    }

    @Test
    void a_mentor_is_sent_away_from_the_promotion_case() {
        assertThat(open("mentor@acme.example")).isNotInstanceOf(PromotionCaseView.class);
    }

    private static Component open(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("me/promotion-case");
        return KaribuConsole.currentView();
    }
}
