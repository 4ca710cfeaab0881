package com.mentorplatform.api.matching;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typical cohort (500 mentees, 200 mentors with 1–5 places) matched end to end through the real
 * HTTP API: POST the run, poll until it has SUCCEEDED, read every proposal, accept them all. Not part
 * of the normal run: {@code mvn -o verify -pl platform-api -Dtest=MatchingBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class MatchingBenchmark {

    static final int MENTEES = 500;
    static final int MENTORS = 200;
    static final int ROUNDS = 3;

    @Test
    void matches_five_hundred_mentees_with_two_hundred_mentors_through_http() {
        TestTenant tenant = TestTenant.create("Matching Benchmark Co");
        String admin = tenant.admin().token();
        for (int round = 1; round <= ROUNDS; round++) {
            UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Benchmark"), MENTEES);
            BenchmarkCohort.fill(tenant.id(), cohort, MENTORS, MENTEES);
            measure(admin, cohort, round);
        }
    }

    private static void measure(String admin, UUID cohort, int round) {
        long start = System.nanoTime();
        JsonNode run = TestMatching.runToEnd(admin, cohort, null);
        long ran = System.nanoTime();
        JsonNode proposals = TestMatching.proposals(admin, UUID.fromString(run.get("id").getStringValue()));
        long read = System.nanoTime();
        JsonNode accepted = Http.post("/api/matching-runs/" + run.get("id").getStringValue() + "/accept-all", admin, null)
                .json();
        long done = System.nanoTime();
        System.out.printf("MATCHING BENCHMARK round %d, %d x %d: run %d ms (POST to SUCCEEDED), read %d proposals %d ms, "
                        + "accept all %d ms, total %d ms; optimal total %s vs greedy %s, %d unmatched, method %s%n",
                round, MENTEES, MENTORS, millis(start, ran), proposals.size(), millis(ran, read), millis(read, done),
                millis(start, done), run.get("optimalTotal").getDoubleValue(), run.get("greedyTotal").getDoubleValue(),
                run.get("unmatched").getIntValue(), run.get("method").getStringValue());
        assertThat(run.get("status").getStringValue()).isEqualTo("SUCCEEDED");
        assertThat(accepted.get("accepted").getIntValue()).isEqualTo(proposals.size());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
