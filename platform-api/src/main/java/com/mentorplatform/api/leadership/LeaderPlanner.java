package com.mentorplatform.api.leadership;

import com.mentorplatform.analytics.anonymity.Cell;
import com.mentorplatform.analytics.anonymity.Relation;
import com.mentorplatform.analytics.anonymity.SuppressionPlanner;
import com.mentorplatform.api.snapshot.MarginCount;
import com.mentorplatform.api.snapshot.PopulationPlanner;
import com.mentorplatform.api.snapshot.SnapshotFilter;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The anonymity plan of a snapshot: every table a leader can request (each filter × each breakdown, and each
 * filter's total) written as sums of the finest cells — a cohort's participants of one department, one location
 * or one level band — and handed to the analytics suppression planner, which hides the groups under the
 * threshold and, where a published total, sibling or other table would let one be worked out by
 * subtraction, the next smallest cells too. A cohort's departments, locations and level bands add up to the
 * same number: the planner knows that as well.
 */
@Singleton
class LeaderPlanner implements PopulationPlanner {

    @Override
    public Set<String> suppressedCells(List<MarginCount> margins, int threshold) {
        Population population = new Population(margins);
        return SuppressionPlanner.plan(population.margins.size(), population.cells(), population.relations(), threshold)
                .suppressed();
    }

    /** The margins indexed, and the cells every leader table publishes, built from them. */
    private static final class Population {

        private final List<MarginCount> margins;
        private final Map<UUID, CohortFacts> cohorts = new LinkedHashMap<>();

        Population(List<MarginCount> margins) {
            this.margins = margins;
            for (int i = 0; i < margins.size(); i++) {
                MarginCount m = margins.get(i);
                cohorts.computeIfAbsent(m.cohortId(), id -> new CohortFacts(m.programmeId(), m.startYear()))
                        .add(m.dimension(), i);
            }
        }

        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (SnapshotFilter filter : filters()) {
                List<UUID> inFilter = cohorts.keySet().stream().filter(matches(filter)).toList();
                if (inFilter.isEmpty()) {
                    continue;
                }
                String filterKey = CellKeys.filter(filter);
                cells.add(cell(CellKeys.total(filterKey), filterKey + "|total", departmentsOf(inFilter)));
                for (Breakdown by : Breakdown.values()) {
                    groupsOf(inFilter, by).forEach((value, underlying) -> cells.add(
                            cell(CellKeys.cell(filterKey, by, value), filterKey + "|" + by.key, underlying)));
                }
            }
            return cells;
        }

        /** For each cohort: its departments add up to its locations, and to its level bands. */
        List<Relation> relations() {
            List<Relation> relations = new ArrayList<>();
            for (CohortFacts facts : cohorts.values()) {
                int[] departments = facts.indices("department");
                relations.add(new Relation(departments, facts.indices("location")));
                relations.add(new Relation(departments, facts.indices("level")));
            }
            return relations;
        }

        private List<SnapshotFilter> filters() {
            List<SnapshotFilter> filters = new ArrayList<>();
            filters.add(SnapshotFilter.ALL);
            cohorts.values().stream().map(CohortFacts::programmeId).distinct().map(SnapshotFilter::programme)
                    .forEach(filters::add);
            cohorts.keySet().stream().map(SnapshotFilter::cohort).forEach(filters::add);
            cohorts.values().stream().map(CohortFacts::startYear).distinct().sorted().map(SnapshotFilter::year)
                    .forEach(filters::add);
            return filters;
        }

        private Predicate<UUID> matches(SnapshotFilter filter) {
            return cohortId -> {
                CohortFacts facts = cohorts.get(cohortId);
                return (filter.programmeId() == null || filter.programmeId().equals(facts.programmeId()))
                        && (filter.cohortId() == null || filter.cohortId().equals(cohortId))
                        && (filter.year() == null || filter.year() == facts.startYear());
            };
        }

        /** The breakdown's groups within the filter's cohorts, each as the margins it sums. */
        private Map<String, List<Integer>> groupsOf(List<UUID> inFilter, Breakdown by) {
            Map<String, List<Integer>> groups = new HashMap<>();
            for (UUID cohortId : inFilter) {
                CohortFacts facts = cohorts.get(cohortId);
                switch (by) {
                    case PROGRAMME -> addAll(groups, facts.programmeId().toString(), facts.all("department"));
                    case COHORT -> addAll(groups, cohortId.toString(), facts.all("department"));
                    case START_YEAR -> addAll(groups, Integer.toString(facts.startYear()), facts.all("department"));
                    case DEPARTMENT, LOCATION, LEVEL -> facts.all(by.key).forEach(i ->
                            groups.computeIfAbsent(margins.get(i).value(), v -> new ArrayList<>()).add(i));
                }
            }
            return groups;
        }

        private static void addAll(Map<String, List<Integer>> groups, String key, List<Integer> indices) {
            groups.computeIfAbsent(key, k -> new ArrayList<>()).addAll(indices);
        }

        private List<Integer> departmentsOf(List<UUID> inFilter) {
            return inFilter.stream().flatMap(id -> cohorts.get(id).all("department").stream()).toList();
        }

        private Cell cell(String key, String table, List<Integer> underlying) {
            long count = underlying.stream().mapToLong(i -> margins.get(i).participants()).sum();
            return new Cell(key, table, count, underlying.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** One cohort's programme, start year, and the indices of its margins by attribute. */
    private record CohortFacts(UUID programmeId, int startYear, Map<String, List<Integer>> byDimension) {

        CohortFacts(UUID programmeId, int startYear) {
            this(programmeId, startYear, new HashMap<>());
        }

        void add(String dimension, int index) {
            byDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(index);
        }

        List<Integer> all(String dimension) {
            return byDimension.getOrDefault(dimension, List.of());
        }

        int[] indices(String dimension) {
            return all(dimension).stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
