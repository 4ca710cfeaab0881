package com.mentorplatform.analytics.matching;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scores and solves a whole cohort per invocation (prepare + optimise / greedy), on seeded
 * generated cohorts. Total scores are printed at the end of each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBenchmark {

    @Param({"500x200", "10000x2000"})
    public String size;

    private CohortGenerator.Cohort cohort;
    private double optimiserTotal;
    private double greedyTotal;

    @Setup(Level.Trial)
    public void generate() {
        String[] parts = size.split("x");
        cohort = CohortGenerator.generate(42, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Benchmark
    public MatchingResult optimiser() {
        MatchingResult result = prepare().optimise();
        optimiserTotal = result.totalScore();
        return result;
    }

    @Benchmark
    public MatchingResult greedy() {
        MatchingResult result = prepare().greedyBaseline();
        greedyTotal = result.totalScore();
        return result;
    }

    private CohortMatching prepare() {
        return CohortMatching.prepare(cohort.mentors(), cohort.mentees(), MatchingWeights.defaults(),
                MatchingOptions.defaults().withMinScore(0.3));
    }

    @TearDown(Level.Trial)
    public void report() {
        if (optimiserTotal > 0) {
            System.out.printf("%n[%s] optimiser total score %.4f%n", size, optimiserTotal);
        }
        if (greedyTotal > 0) {
            System.out.printf("%n[%s] greedy total score %.4f%n", size, greedyTotal);
        }
    }
}
