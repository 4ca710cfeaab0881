package com.mentorplatform.api.contract;

import com.mentorplatform.api.demo.SeededDemo;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.client.ApiClient;
import com.mentorplatform.client.ApiException;
import com.mentorplatform.client.api.AuthenticationApi;
import com.mentorplatform.client.api.EnrolmentsApi;
import com.mentorplatform.client.api.EvidenceApi;
import com.mentorplatform.client.api.MatchingApi;
import com.mentorplatform.client.api.PairsApi;
import com.mentorplatform.client.api.PeopleApi;
import com.mentorplatform.client.api.ProgrammesApi;
import com.mentorplatform.client.api.PromotionCaseApi;
import com.mentorplatform.client.api.RoadmapsApi;
import com.mentorplatform.client.model.AcceptRequest;
import com.mentorplatform.client.model.AcceptResult;
import com.mentorplatform.client.model.CohortRequest;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.client.model.EnrolRequest;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.PeoplePage;
import com.mentorplatform.client.model.PersonPatch;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.client.model.Problem;
import com.mentorplatform.client.model.ProgrammeRequest;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;
import com.mentorplatform.client.model.PromotionCaseRequest;
import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapStatus;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.client.model.RunRequest;
import com.mentorplatform.client.model.RunResponse;
import com.mentorplatform.client.model.RunStatus;
import com.mentorplatform.client.model.ScorePart;
import com.mentorplatform.client.model.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Drives a seeded demo tenant through the client the build generated from the OpenAPI document, and
 * nothing else: what works here works for any integrator who generates a client from {@code /openapi.yml}.
 */
class ClientContractTest {

    private static final int PAGE = 50;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    /** Score parts are stored rounded to four decimals. */
    private static final BigDecimal ROUNDING = new BigDecimal("0.0005");

    private static SeededDemo demo;

    @BeforeAll
    static void seed() {
        demo = SeededDemo.seed("client-contract", "Client Contract Ltd");
    }

    @Test
    void hr_pages_the_whole_directory_by_following_the_cursor() throws ApiException {
        PeopleApi hr = new PeopleApi(ContractClient.signedIn(demo.login("admin")));
        Set<UUID> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String after = null;
        do {
            PeoplePage page = hr.listPeople(null, null, PAGE, after);
            page.getItems().forEach(person -> assertThat(seen.add(person.getId())).as("seen twice: " + person).isTrue());
            pageSizes.add(page.getItems().size());
            after = page.getNext();
        } while (after != null);

        assertThat(pageSizes).hasSizeGreaterThan(2);
        assertThat(pageSizes.subList(0, pageSizes.size() - 1)).allMatch(size -> size == PAGE);
        assertThat(seen).contains(person(hr, "admin@").getId(), person(hr, "new-mentee@").getId(),
                person(hr, "leader@").getId());
    }

    @Test
    void a_merge_patch_changes_what_it_sends_clears_what_it_sends_as_null_and_keeps_the_rest() throws ApiException {
        PeopleApi hr = new PeopleApi(ContractClient.signedIn(demo.login("admin")));
        PersonResponse before = person(hr, "leader@");
        assertThat(before.getLocation()).isNotNull();

        PersonResponse patched = hr.patchPerson(before.getId(), new PersonPatch().jobTitle("Head of Contracts").location(null));

        assertThat(patched.getJobTitle()).isEqualTo("Head of Contracts");
        assertThat(patched.getLocation()).isNull();
        assertThat(patched.getDepartment()).isEqualTo(before.getDepartment());
        assertThat(patched.getDisplayName()).isEqualTo(before.getDisplayName());
        assertThat(hr.getPerson(before.getId())).isEqualTo(patched);
    }

    @Test
    void hr_enrols_a_new_cohort_runs_matching_reads_the_proposals_score_parts_and_accepts_it() throws Exception {
        ApiClient hr = ContractClient.signedIn(demo.login("admin"));
        ProgrammesApi programmes = new ProgrammesApi(hr);
        EnrolmentsApi enrolments = new EnrolmentsApi(hr);
        MatchingApi matching = new MatchingApi(hr);
        UUID programme = programmes.createProgramme(new ProgrammeRequest().name("Contract programme")
                .type(ProgrammeType.ONE_TO_ONE).status(ProgrammeStatus.ACTIVE)).getId();
        UUID cohort = programmes.createCohort(programme, new CohortRequest().name("Contract cohort")
                .startsOn(LocalDate.now()).endsOn(LocalDate.now().plusMonths(6)).checkInCadenceDays(14).capacity(5)
                .status(CohortStatus.ENROLLING)).getId();
        UUID mentor = person(new PeopleApi(hr), "new-mentor@").getId();
        UUID mentee = person(new PeopleApi(hr), "new-mentee@").getId();
        enrolments.enrolParticipant(cohort,
                new EnrolRequest().personId(mentor).role(ParticipantRole.MENTOR).mentorCapacity(1));
        enrolments.enrolParticipant(cohort, new EnrolRequest().personId(mentee).role(ParticipantRole.MENTEE));

        RunResponse queued = matching.startMatchingRun(cohort, new RunRequest());
        RunResponse finished = untilFinished(matching, queued.getId());

        assertThat(finished.getStatus()).as(finished.getFailure()).isEqualTo(RunStatus.SUCCEEDED);
        List<ProposalResponse> proposals = matching.listMatchingProposals(queued.getId(), 50, null).getItems();
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.getMenteeId()).isEqualTo(mentee);
            assertThat(p.getMentorId()).isEqualTo(mentor);
            assertThat(p.getParts()).isNotEmpty().allSatisfy(part -> {
                assertThat(part.getLabel()).isNotBlank();
                assertThat(part.getContribution())
                        .isCloseTo(part.getValue().multiply(part.getWeight()), within(ROUNDING));
            });
            assertThat(p.getParts().stream().map(ScorePart::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("normalised weights").isCloseTo(BigDecimal.ONE, within(ROUNDING));
        });
        AcceptResult accepted = matching.acceptProposals(queued.getId(),
                new AcceptRequest().proposalIds(List.of(proposals.get(0).getId())));
        assertThat(accepted.getAccepted()).isEqualTo(1);
        assertThat(new PairsApi(hr).listCohortPairs(cohort)).singleElement()
                .satisfies(pair -> assertThat(pair.getId()).isEqualTo(accepted.getPairs().get(0).getPairId()));
    }

    @Test
    void a_mentee_reads_their_roadmap_and_downloads_their_promotion_case_as_a_pdf() throws ApiException, IOException {
        ApiClient mentee = ContractClient.signedIn(demo.login("mentee"));
        RoadmapsApi roadmaps = new RoadmapsApi(mentee);
        RoadmapSummary active = roadmaps.listRoadmaps(null).stream().filter(r -> r.getStatus() == RoadmapStatus.ACTIVE)
                .findFirst().orElseThrow();
        RoadmapResponse roadmap = roadmaps.getRoadmap(active.getId());
        List<UUID> reached = roadmap.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.REACHED)
                .map(MilestoneResponse::getId).toList();
        UUID evidence = new EvidenceApi(mentee).listEvidence(null, null, null, null).getItems().get(0).getId();
        assertThat(reached).isNotEmpty();

        File pdf = new PromotionCaseApi(mentee).exportPromotionCase(roadmap.getId(),
                new PromotionCaseRequest().milestoneIds(reached).evidenceIds(List.of(evidence))
                        .format(PromotionCaseRequest.FormatEnum.PDF));

        assertThat(pdf.getName()).startsWith("promotion-case-").endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(pdf.toPath()), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void errors_read_as_the_documented_problem_naming_the_bad_parameter() throws Exception {
        PeopleApi hr = new PeopleApi(ContractClient.signedIn(demo.login("admin")));

        Problem invalid = problem(catchThrowableOfType(ApiException.class, () -> hr.listPeople(null, null, 0, null)));
        Problem missing = problem(catchThrowableOfType(ApiException.class, () -> hr.getPerson(UUID.randomUUID())));
        AuthenticationApi nobody = new AuthenticationApi(ContractClient.anonymous());
        Problem anonymous = problem(catchThrowableOfType(ApiException.class, nobody::getMe));

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getViolations()).extracting(Violation::getField).containsExactly("limit");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(String.valueOf(missing.getType())).isEqualTo(ProblemType.NOT_FOUND.uri());
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }

    /** The one person whose e-mail contains {@code email}. */
    private static PersonResponse person(PeopleApi api, String email) throws ApiException {
        List<PersonResponse> found = api.listPeople(email, null, null, null).getItems();
        assertThat(found).as(email).hasSize(1);
        return found.get(0);
    }

    /** Polls the run as its 202 answer says, until it has SUCCEEDED or FAILED. */
    private static RunResponse untilFinished(MatchingApi api, UUID run) throws ApiException, InterruptedException {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        RunResponse current = api.getMatchingRun(run);
        while (current.getStatus() == RunStatus.QUEUED || current.getStatus() == RunStatus.RUNNING) {
            assertThat(Instant.now()).as("run %s still %s", run, current.getStatus()).isBefore(deadline);
            Thread.sleep(50);
            current = api.getMatchingRun(run);
        }
        return current;
    }

    /** The error answer, read strictly as the document's Problem. */
    private static Problem problem(ApiException e) throws IOException {
        assertThat(e).isNotNull();
        return ContractClient.STRICT.readValue(e.getResponseBody(), Problem.class);
    }
}
