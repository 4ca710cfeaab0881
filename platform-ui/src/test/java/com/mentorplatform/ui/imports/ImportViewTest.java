package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportStatus;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mentorplatform.client.model.ImportProblem;
import com.mentorplatform.client.model.ImportReport;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PeopleView;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ImportViewTest {

    private static final String HEADER = "email,display_name,department,location,job_title,level,manager_email,"
            + "hired_on,left_on\n";
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_file_with_problems_shows_them_by_line_and_column_and_nothing_is_applied() {
        ImportView view = openAsAcmeAdmin();

        _upload(view.upload, "hr-export.csv", fileWithProblems());

        List<ImportProblem> problems = _findAll(view.result.problems);
        assertThat(problems).extracting(ImportProblem::getLine, ImportProblem::getColumn)
                .contains(tuple(3, "email"), tuple(4, "manager_email"), tuple(5, "left_on"));
        assertThat(view.result.downloadProblems.getHref()).isNotBlank();
        assertThat(view.apply.isEnabled()).isFalse();
        assertThat(peopleTagged()).isEmpty();
    }

    @Test
    void a_clean_file_dry_runs_then_applies_with_progress_until_the_people_appear() {
        ImportView view = openAsAcmeAdmin();

        _upload(view.upload, "hr-export-fixed.csv", cleanFile());
        assertThat(view.result.counts.getText()).startsWith("Would create 2 ");
        assertThat(view.result.problems.isVisible()).isFalse();
        assertThat(peopleTagged()).isEmpty();

        _click(view.apply);
        followUntilFinished(view);

        assertThat(view.result.counts.getText()).startsWith("Created 2 ");
        assertThat(view.result.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(peopleTagged()).extracting(PersonResponse::getDisplayName)
                .containsExactlyInAnyOrder("Ivy Import " + tag, "Jon Import " + tag);
        assertThat(_findAll(view.recent)).first().satisfies(latest -> {
            assertThat(latest.getFileName()).isEqualTo("hr-export-fixed.csv");
            assertThat(latest.getDryRun()).isFalse();
        });
    }

    @Test
    void a_real_run_refused_for_problems_comes_back_with_its_report() {
        openAsAcmeAdmin();
        ImportsClient imports = new ImportsClient(ConsoleSession.current().api());

        ImportReport refused = imports.apply(new ImportFile("bad.csv", fileWithProblems()), null);

        assertThat(refused.getSummary().getStatus()).isEqualTo(ImportStatus.REJECTED);
        assertThat(refused.getProblems()).extracting(ImportProblem::getColumn).contains("email", "manager_email");
        assertThat(new String(imports.problemsCsv(refused.getSummary().getId()), StandardCharsets.UTF_8))
                .contains("left_on");
        assertThat(peopleTagged()).isEmpty();
    }

    @Test
    void the_people_screen_leads_to_the_import() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(PeopleView.class);

        _click(_get(Button.class, spec -> spec.withId("import-people")));

        assertThat(KaribuConsole.currentView()).isInstanceOf(ImportView.class);
    }

    @Test
    void mentor_is_kept_out_of_the_import() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("people/import");

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    private byte[] fileWithProblems() {
        return (HEADER
                + "ok." + tag + "@acme.example,Olive Okay " + tag + ",Engineering,Lisbon,Engineer,3,admin@acme.example,2024-01-08,\n"
                + "not-an-email,Bad Email " + tag + ",Engineering,Lisbon,Engineer,3,,2024-01-08,\n"
                + "una." + tag + "@acme.example,Una Known " + tag + ",Sales,Lisbon,Account Executive,3,nobody." + tag
                + "@acme.example,2024-01-08,\n"
                + "early." + tag + "@acme.example,Early Leaver " + tag + ",Sales,Lisbon,Account Executive,3,,2024-05-01,2024-01-01\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] cleanFile() {
        return (HEADER
                + "ivy." + tag + "@acme.example,Ivy Import " + tag + ",Engineering,Lisbon,Engineer,3,admin@acme.example,2024-01-08,\n"
                + "jon." + tag + "@acme.example,Jon Import " + tag + ",Engineering,Lisbon,Engineer,2,ivy." + tag
                + "@acme.example,2024-02-05,\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What the browser does every poll interval, until the import has finished. */
    private static void followUntilFinished(ImportView view) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (UI.getCurrent().getPollInterval() > 0 && Instant.now().isBefore(giveUp)) {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            sleep();
        }
        assertThat(view.result.progress.isVisible()).isFalse();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<PersonResponse> peopleTagged() {
        ApiClient api = ConsoleSession.current().api();
        return new PeopleClient(api).page(new PersonQuery(tag, null), 50, null).items();
    }

    private static ImportView openAsAcmeAdmin() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        UI.getCurrent().navigate(ImportView.class);
        return _get(ImportView.class);
    }
}
