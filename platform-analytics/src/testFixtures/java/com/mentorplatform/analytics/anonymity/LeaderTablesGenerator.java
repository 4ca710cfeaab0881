package com.mentorplatform.analytics.anonymity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Seeded leader tables for one population, shaped like the leader endpoints: every breakdown
 * (department, location, level band, cohort, programme, start year) under every coarse filter
 * (none, one programme, one cohort, one year), each table with its total, and optionally repeated
 * for several KPI families over the same people. Underlying cells are cohort × department,
 * cohort × location and cohort × level band; per cohort the three partitions have equal sums,
 * which the relations state. Cohort sizes vary and departments are skewed, so many cells are small.
 */
public final class LeaderTablesGenerator {

    /** A generated population: what {@link SuppressionPlanner#plan} takes. */
    public record Population(int underlyingCount, List<Cell> cells, List<Relation> relations) {
    }

    /** The shape of the generated population. */
    public record Shape(int programmes, int cohortsPerProgramme, int years, int departments, int locations,
                        int levelBands, int families, int minCohortSize, int maxCohortSize) {

        /** 20 cohorts × (10 departments + 6 locations + 4 level bands) = 400 underlying cells, two families. */
        public static Shape benchmark() {
            return new Shape(4, 5, 5, 10, 6, 4, 2, 8, 80);
        }

        /** Small enough for exact rational checks in unit tests. */
        public static Shape small() {
            return new Shape(2, 2, 2, 3, 2, 2, 1, 3, 25);
        }
    }

    private final Shape shape;
    private final Random random;
    private final long[] counts;
    private final int perCohort;

    private LeaderTablesGenerator(Shape shape, long seed) {
        this.shape = shape;
        this.random = new Random(seed);
        this.perCohort = shape.departments() + shape.locations() + shape.levelBands();
        this.counts = new long[cohorts() * perCohort];
    }

    public static Population generate(long seed, Shape shape) {
        return new LeaderTablesGenerator(shape, seed).population();
    }

    private Population population() {
        List<Relation> relations = new ArrayList<>();
        for (int c = 0; c < cohorts(); c++) {
            int size = shape.minCohortSize() + random.nextInt(shape.maxCohortSize() - shape.minCohortSize() + 1);
            split(size, c, 0, shape.departments());
            split(size, c, shape.departments(), shape.locations());
            split(size, c, shape.departments() + shape.locations(), shape.levelBands());
            relations.add(new Relation(cells(c, 0, shape.departments()),
                    cells(c, shape.departments(), shape.locations())));
            relations.add(new Relation(cells(c, 0, shape.departments()),
                    cells(c, shape.departments() + shape.locations(), shape.levelBands())));
        }
        List<Cell> cells = new ArrayList<>();
        for (int family = 0; family < shape.families(); family++) {
            for (Map.Entry<String, IntPredicate> filter : filters().entrySet()) {
                addTables(cells, "family" + family + "|" + filter.getKey(), filter.getValue());
            }
        }
        return new Population(counts.length, cells, relations);
    }

    private Map<String, IntPredicate> filters() {
        Map<String, IntPredicate> filters = new LinkedHashMap<>();
        filters.put("all", c -> true);
        for (int p = 0; p < shape.programmes(); p++) {
            int programme = p;
            filters.put("programme=" + p, c -> programmeOf(c) == programme);
        }
        for (int c = 0; c < cohorts(); c++) {
            int cohort = c;
            filters.put("cohort=" + c, x -> x == cohort);
        }
        for (int y = 0; y < shape.years(); y++) {
            int year = y;
            filters.put("year=" + y, c -> yearOf(c) == year);
        }
        return filters;
    }

    private void addTables(List<Cell> cells, String filterKey, IntPredicate inFilter) {
        int[] cohorts = IntStream.range(0, cohorts()).filter(inFilter).toArray();
        int[] total = union(cohorts, 0, shape.departments());
        addBreakdown(cells, filterKey + "|by=department", total, shape.departments(),
                d -> union(cohorts, d, 1));
        addBreakdown(cells, filterKey + "|by=location", total, shape.locations(),
                l -> union(cohorts, shape.departments() + l, 1));
        addBreakdown(cells, filterKey + "|by=level", total, shape.levelBands(),
                v -> union(cohorts, shape.departments() + shape.locations() + v, 1));
        addBreakdown(cells, filterKey + "|by=cohort", total, cohorts(),
                c -> inFilter.test(c) ? union(new int[] {c}, 0, shape.departments()) : new int[0]);
        addBreakdown(cells, filterKey + "|by=programme", total, shape.programmes(),
                p -> union(IntStream.of(cohorts).filter(c -> programmeOf(c) == p).toArray(), 0, shape.departments()));
        addBreakdown(cells, filterKey + "|by=startYear", total, shape.years(),
                y -> union(IntStream.of(cohorts).filter(c -> yearOf(c) == y).toArray(), 0, shape.departments()));
    }

    private void addBreakdown(List<Cell> cells, String table, int[] total, int rows,
                              java.util.function.IntFunction<int[]> rowCells) {
        for (int row = 0; row < rows; row++) {
            int[] underlying = rowCells.apply(row);
            if (underlying.length > 0) {
                cells.add(new Cell(table + "|" + row, table, sum(underlying), underlying));
            }
        }
        cells.add(new Cell(table + "|total", table, sum(total), total));
    }

    /** Spreads a cohort's people over one partition with skewed weights, so some cells are small or empty. */
    private void split(int size, int cohort, int offset, int parts) {
        double[] weights = new double[parts];
        double totalWeight = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = Math.pow(random.nextDouble(), 2) + 0.02;
            totalWeight += weights[i];
        }
        for (int person = 0; person < size; person++) {
            double pick = random.nextDouble() * totalWeight;
            int part = 0;
            while (part < parts - 1 && pick >= weights[part]) {
                pick -= weights[part];
                part++;
            }
            counts[cohort * perCohort + offset + part]++;
        }
    }

    private int[] union(int[] cohorts, int offset, int width) {
        int[] cells = new int[cohorts.length * width];
        for (int i = 0; i < cohorts.length; i++) {
            for (int j = 0; j < width; j++) {
                cells[i * width + j] = cohorts[i] * perCohort + offset + j;
            }
        }
        return cells;
    }

    private int[] cells(int cohort, int offset, int width) {
        return union(new int[] {cohort}, offset, width);
    }

    private long sum(int[] underlying) {
        long sum = 0;
        for (int cell : underlying) {
            sum += counts[cell];
        }
        return sum;
    }

    private int cohorts() {
        return shape.programmes() * shape.cohortsPerProgramme();
    }

    private int programmeOf(int cohort) {
        return cohort / shape.cohortsPerProgramme();
    }

    private int yearOf(int cohort) {
        return cohort % shape.years();
    }
}
