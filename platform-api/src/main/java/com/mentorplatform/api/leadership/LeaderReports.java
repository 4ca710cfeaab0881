package com.mentorplatform.api.leadership;

import com.mentorplatform.analytics.retention.Coarsening;
import com.mentorplatform.analytics.retention.KaplanMeier;
import com.mentorplatform.analytics.retention.SurvivalCurve;
import com.mentorplatform.analytics.retention.TimeCount;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.programmes.ProgrammeScopes;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.snapshot.AnalyticsSnapshots;
import com.mentorplatform.api.snapshot.GroupFigures;
import com.mentorplatform.api.snapshot.GroupTimeCount;
import com.mentorplatform.api.snapshot.ScopeName;
import com.mentorplatform.api.snapshot.SnapshotFilter;
import com.mentorplatform.api.snapshot.SnapshotInfo;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Leader tables and their options, from the analytics snapshot and its anonymity plan. Leaders (and HR) only;
 * nothing here ever names a person.
 */
@Singleton
class LeaderReports {

    private static final Set<Role> READERS = EnumSet.of(Role.LEADER, Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER);

    private final AnalyticsSnapshots snapshots;
    private final ProgrammeScopes programmeScopes;
    private final TenantScope tenantScope;

    LeaderReports(AnalyticsSnapshots snapshots, ProgrammeScopes programmeScopes, TenantScope tenantScope) {
        this.snapshots = snapshots;
        this.programmeScopes = programmeScopes;
        this.tenantScope = tenantScope;
    }

    LeaderOptions options(Caller caller) {
        requireReader(caller);
        UUID tenantId = caller.tenantId();
        SnapshotInfo info = snapshots.current(tenantId);
        List<ScopeName> names = tenantScope.read(tenantId, () -> snapshots.names(tenantId));
        return new LeaderOptions(info.threshold(), info.refreshedAt(),
                Arrays.stream(Family.values()).map(f -> f.key).toList(),
                Arrays.stream(Breakdown.values()).map(b -> b.key).toList(),
                names.stream().filter(n -> n.kind().equals("programme"))
                        .map(n -> new LeaderOptions.Named(n.id(), n.name())).toList(),
                names.stream().filter(n -> n.kind().equals("cohort"))
                        .map(n -> new LeaderOptions.NamedCohort(n.id(), n.name(), n.programmeId())).toList(),
                names.stream().map(ScopeName::startYear).filter(Objects::nonNull).distinct().sorted().toList());
    }

    LeaderTable table(Caller caller, String familyName, String by, SnapshotFilter filter) {
        Family family = Family.parse(familyName);
        Breakdown breakdown = Breakdown.parse(by);
        return tables(caller, List.of(family), List.of(breakdown), filter).get(breakdown).get(family);
    }

    /**
     * Several families by several breakdowns for one filter, from one read of the snapshot (its grouping sets
     * hold every breakdown at once): what the board report needs.
     */
    Map<Breakdown, Map<Family, LeaderTable>> tables(Caller caller, List<Family> families, List<Breakdown> breakdowns,
                                                    SnapshotFilter filter) {
        requireReader(caller);
        UUID tenantId = caller.tenantId();
        tenantScope.read(tenantId, () -> {
            programmeScopes.require(tenantId, filter.programmeId(), filter.cohortId());
            return null;
        });
        SnapshotInfo info = snapshots.current(tenantId);
        return tenantScope.readReport(tenantId, () -> {
            List<GroupFigures> groups = snapshots.groups(tenantId, filter);
            Map<String, SurvivalCurve> curves = families.contains(Family.RETENTION)
                    ? curves(snapshots.groupSurvival(tenantId, filter, Family.LONGEST_HORIZON_DAYS)) : Map.of();
            Map<String, String> names = snapshots.names(tenantId).stream()
                    .collect(Collectors.toMap(n -> n.id().toString(), ScopeName::name));
            Set<String> hidden = snapshots.suppressedCells(tenantId);
            Map<Breakdown, Map<Family, LeaderTable>> tables = new EnumMap<>(Breakdown.class);
            for (Breakdown breakdown : breakdowns) {
                Map<Family, LeaderTable> byFamily = new EnumMap<>(Family.class);
                for (Family family : families) {
                    byFamily.put(family, new Tables(family, breakdown, filter, info, hidden, curves, names)
                            .table(groups));
                }
                tables.put(breakdown, byFamily);
            }
            return tables;
        });
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAnyOf(READERS)) {
            throw ProblemType.FORBIDDEN.exception();
        }
    }

    /** Each group's curve, keyed {@code dimension|key}. */
    private static Map<String, SurvivalCurve> curves(List<GroupTimeCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(c -> c.dimension() + "|" + c.key(),
                Collectors.collectingAndThen(Collectors.mapping(c -> new TimeCount(c.time(), c.events(), c.censored()),
                        Collectors.toList()), KaplanMeier::estimate)));
    }

    /** Turns one request's groups into its table, hiding what the plan hides. */
    private record Tables(Family family, Breakdown by, SnapshotFilter filter, SnapshotInfo info, Set<String> hidden,
                          Map<String, SurvivalCurve> curves, Map<String, String> names) {

        LeaderTable table(List<GroupFigures> groups) {
            String filterKey = CellKeys.filter(filter);
            List<LeaderTable.Row> rows = groups.stream().filter(g -> g.dimension().equals(by.key))
                    .sorted(order())
                    .map(g -> row(g, CellKeys.cell(filterKey, by, g.key()), label(g.key())))
                    .toList();
            LeaderTable.Row total = groups.stream().filter(g -> g.dimension().equals("total")).findFirst()
                    .map(g -> row(g, CellKeys.total(filterKey), "All participants"))
                    .orElse(new LeaderTable.Row("all", "All participants", false, Map.of("participants", 0.0)));
            return new LeaderTable(family.key, by.key, new LeaderTable.Filter(filter.programmeId(), filter.cohortId(),
                    filter.year()), info.threshold(), info.refreshedAt(), family.columns, rows, total,
                    "Groups of fewer than " + info.threshold() + " people are hidden, and so is the next smallest "
                            + "group wherever a total or another table would let a hidden one be worked out; both "
                            + "read \"hidden\", so a hidden group may be small or large.");
        }

        private LeaderTable.Row row(GroupFigures g, String cellKey, String label) {
            // The plan hides every small group; the second check only guards against a plan made for other figures.
            boolean suppressed = hidden.contains(cellKey) || g.participants() < info.threshold();
            String key = g.dimension().equals("total") ? "all" : g.key();
            return suppressed ? new LeaderTable.Row(key, label, true, Map.of())
                    : new LeaderTable.Row(key, label, false,
                    family.values(g, curves.get(g.dimension() + "|" + g.key()), info.threshold()));
        }

        private String label(String key) {
            return switch (by) {
                case PROGRAMME, COHORT -> names.getOrDefault(key, "Unnamed");
                case DEPARTMENT, LOCATION -> key.isEmpty() ? "Not recorded" : key;
                case LEVEL -> Coarsening.levelBandLabel(Integer.parseInt(key));
                case START_YEAR -> key;
            };
        }

        private Comparator<GroupFigures> order() {
            Function<GroupFigures, String> sortKey = by == Breakdown.LEVEL || by == Breakdown.START_YEAR
                    ? g -> String.format("%08d", Integer.parseInt(g.key()) + 1) : g -> label(g.key()).toLowerCase();
            return Comparator.comparing(sortKey).thenComparing(GroupFigures::key);
        }
    }

    /** Unused filters stay null; at most one is given. */
    static SnapshotFilter filter(@Nullable UUID programmeId, @Nullable UUID cohortId, @Nullable Integer year) {
        long given = Stream.of(programmeId, cohortId, year).filter(Objects::nonNull).count();
        if (given > 1) {
            throw ProblemException.invalidField("programmeId", "give at most one of programmeId, cohortId and year");
        }
        if (year != null && (year < 1990 || year > 2200)) {
            throw ProblemException.invalidField("year", "must be a year between 1990 and 2200");
        }
        return new SnapshotFilter(programmeId, cohortId, year);
    }
}
