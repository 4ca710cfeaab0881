package com.mentorplatform.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.people.PersonChange;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ApiClientTest {

    private final InMemoryTokens tokens = new InMemoryTokens();
    private final ApiClient api = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), tokens);

    @Test
    void signed_in_admin_sees_their_own_profile_and_roles() {
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        UserProfile me = api.me();

        assertThat(me.email()).isEqualTo("admin@acme.example");
        assertThat(me.tenantName()).isEqualTo("Acme Corporation");
        assertThat(me.roles()).contains(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER);
    }

    @Test
    void a_rejected_access_token_is_refreshed_once_and_the_call_retried() {
        Tokens issued = api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);
        tokens.store(new Tokens("no-longer-valid", issued.refreshToken(), issued.expiresIn()));

        UserProfile me = api.me();

        assertThat(me.email()).isEqualTo("admin@acme.example");
        assertThat(tokens.current()).get().satisfies(renewed -> {
            assertThat(renewed.accessToken()).isNotEqualTo("no-longer-valid");
            assertThat(renewed.refreshToken()).isNotEqualTo(issued.refreshToken());
        });
    }

    @Test
    void a_refused_refresh_ends_the_session_and_forgets_the_tokens() {
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);
        tokens.store(new Tokens("no-longer-valid", "spent-refresh-token", 900));

        assertThatThrownBy(api::me).isInstanceOf(SessionExpired.class);
        assertThat(tokens.current()).isEmpty();
    }

    @Test
    void signing_out_revokes_the_refresh_token() {
        Tokens issued = api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        api.signOut();
        tokens.store(new Tokens("no-longer-valid", issued.refreshToken(), issued.expiresIn()));

        assertThatThrownBy(api::me).isInstanceOf(SessionExpired.class);
    }

    @Test
    void wrong_credentials_are_a_401_problem() {
        assertThatThrownBy(() -> api.signIn("acme", "admin@acme.example", "wrong"))
                .asInstanceOf(type(ApiProblem.class))
                .satisfies(problem -> assertThat(problem.status()).isEqualTo(401));
        assertThat(tokens.current()).isEmpty();
    }

    @Test
    void an_invalid_field_comes_back_as_a_violation_of_that_field() {
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);
        PersonResponse someone = new PeopleClient(api).page(PersonQuery.EVERYONE, 1, null).items().get(0);
        PersonChange broken = new PersonChange("not-an-email", someone.getDisplayName(), someone.getDepartment(),
                someone.getLocation(), someone.getJobTitle(), someone.getLevel(),
                someone.getManagerId() == null ? null : someone.getManagerId().toString(), someone.getHiredOn(),
                someone.getLeftOn());

        assertThatThrownBy(() -> new PeopleClient(api).update(someone.getId().toString(), broken.differencesFrom(someone)))
                .asInstanceOf(type(ApiProblem.class))
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.violations()).extracting(FieldViolation::field).contains("email");
                });
    }

    @Test
    void an_unknown_person_is_a_404_problem_with_a_title() {
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThatThrownBy(() -> new PeopleClient(api).person("00000000-0000-0000-0000-000000000000"))
                .asInstanceOf(type(ApiProblem.class))
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.title()).isNotBlank();
                });
    }

    @Test
    void another_tenants_person_is_indistinguishable_from_a_missing_one() {
        api.signIn("globex", "admin@globex.example", RunningPlatform.DEMO_PASSWORD);
        String globexPerson = new PeopleClient(api).page(PersonQuery.EVERYONE, 1, null).items().get(0).getId().toString();
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThatThrownBy(() -> new PeopleClient(api).person(globexPerson))
                .asInstanceOf(type(ApiProblem.class))
                .satisfies(problem -> assertThat(problem.status()).isEqualTo(404));
    }

    @Test
    void departments_come_sorted() {
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThat(new PeopleClient(api).departments()).isNotEmpty().isSorted();
    }
}
