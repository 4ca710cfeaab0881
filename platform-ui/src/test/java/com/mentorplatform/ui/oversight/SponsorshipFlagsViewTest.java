package com.mentorplatform.ui.oversight;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.FlagKind;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class SponsorshipFlagsViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void hr_sees_the_open_flags_with_who_flagged_whom_in_which_cohort_and_why() {
        SponsorshipFlagsView view = (SponsorshipFlagsView) open("admin@acme.example");

        List<SponsorshipFlag> flags = _findAll(view.grid);
        assertThat(flags).hasSizeGreaterThanOrEqualTo(2).allSatisfy(flag -> {
            assertThat(SponsorshipFlags.isOpen(flag)).isTrue();
            assertThat(flag.getCohortName()).isEqualTo("Spring 2027");
            assertThat(flag.getNote()).isNotBlank();
            assertThat(flag.getMentorName()).isNotBlank();
        });
        assertThat(flags).extracting(SponsorshipFlag::getKind).contains(FlagKind.SPONSORSHIP,
                FlagKind.STRETCH_ASSIGNMENT);
        assertThat(flags).extracting(SponsorshipFlag::getMenteeName).doesNotContain("Tara Tanaka");
    }

    @Test
    void choosing_all_lists_withdrawn_flags_too() {
        SponsorshipFlagsView view = (SponsorshipFlagsView) open("admin@acme.example");
        int open = _findAll(view.grid).size();

        view.status.setValue(FlagQuery.Status.ALL);

        assertThat(_findAll(view.grid)).hasSizeGreaterThanOrEqualTo(open);
    }

    @Test
    void mentors_are_sent_away_from_the_flags_list() {
        assertThat(open("mentor@acme.example")).isNotInstanceOf(SponsorshipFlagsView.class);
    }

    private static Component open(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("sponsorship");
        return KaribuConsole.currentView();
    }
}
