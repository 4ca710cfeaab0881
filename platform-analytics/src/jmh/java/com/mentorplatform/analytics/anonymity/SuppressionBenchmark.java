package com.mentorplatform.analytics.anonymity;

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
 * Plans the suppression of every leader table of one generated population (seed 42): two KPI
 * families × every breakdown × every filter, about 1,900 cells (630 distinct figures) over 400
 * underlying cells with 40 relations. The plan's size is printed at the end of each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuppressionBenchmark {

    @Param({"3", "5", "10"})
    public int threshold;

    private LeaderTablesGenerator.Population population;
    private Plan last;

    @Setup(Level.Trial)
    public void generate() {
        population = LeaderTablesGenerator.generate(42, LeaderTablesGenerator.Shape.benchmark());
    }

    @Benchmark
    public Plan plan() {
        last = SuppressionPlanner.plan(population.underlyingCount(), population.cells(), population.relations(),
                threshold);
        return last;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[k=%d] %d cells over %d underlying: %d primary, %d suppressed, %d rounds%n", threshold,
                population.cells().size(), population.underlyingCount(), last.primary().size(),
                last.suppressed().size(), last.rounds());
    }
}
