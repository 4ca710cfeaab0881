package com.mentorplatform.api.testing;

import com.mentorplatform.analytics.anonymity.Cell;
import com.mentorplatform.analytics.anonymity.ExactSpan;
import com.mentorplatform.analytics.anonymity.Relation;
import com.mentorplatform.analytics.retention.Coarsening;
import io.micronaut.json.tree.JsonNode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adversary's view of a tenant's leader reports: every response a leader can get (each family × each
 * breakdown × no filter and each programme, cohort and year the options offer), each figure written as a sum
 * of the finest cells (a cohort's participants of one department, one location or one level band, read from
 * the database here, independently of the API's own planner), and the identities a leader knows (a cohort's
 * departments, locations and level bands add up to the same number). A safe surface publishes no group under
 * the threshold and determines no hidden group, checked by exact rational elimination.
 */
public final class LeaderSurface {

    private static final String[] DIMENSIONS = {"department", "location", "level"};

    /** Each cohort's participations from the snapshot: its programme, start year and attributes, one row each. */
    private final Map<UUID, UUID> programmeOf = new HashMap<>();
    private final Map<UUID, Integer> yearOf = new HashMap<>();
    private final Map<String, Integer> marginIndex = new LinkedHashMap<>();
    private final List<Long> marginCount = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private final Set<String> suppressed = new HashSet<>();
    private final Map<String, Long> publishedCounts = new HashMap<>();
    private final Map<String, Boolean> seen = new HashMap<>();
    private int responses;

    private LeaderSurface() {
    }

    /** Reads the truth from the database, then every leader response the options allow. */
    public static LeaderSurface collect(UUID tenantId, String leaderToken) {
        LeaderSurface surface = new LeaderSurface();
        surface.readTruth(tenantId);
        surface.readResponses(leaderToken);
        return surface;
    }

    public int responses() {
        return responses;
    }

    public Set<String> suppressed() {
        return suppressed;
    }

    /** Published cells by key, with the participants they show. */
    public Map<String, Long> published() {
        return publishedCounts;
    }

    /** The suppressed cells that published figures and the known identities determine exactly: none when safe. */
    public Set<String> determinedSuppressedCells() {
        return ExactSpan.determinedSuppressedCells(marginCount.size(), cells, relations(), suppressed);
    }

    /** What the same check finds when only the groups under the threshold are hidden (no complements). */
    public Set<String> determinedWithPrimarySuppressionOnly(int threshold) {
        Set<String> primary = new HashSet<>();
        cells.stream().filter(c -> c.count() > 0 && c.count() < threshold).forEach(c -> primary.add(c.key()));
        return ExactSpan.determinedSuppressedCells(marginCount.size(), cells, relations(), primary);
    }

    /** Every published figure shows at least the threshold's people, and the true number of them. */
    public void assertPublishedGroupsAreLargeAndTrue(int threshold) {
        for (Cell cell : cells) {
            if (!suppressed.contains(cell.key())) {
                assertThat(publishedCounts.get(cell.key())).as(cell.key()).isEqualTo(cell.count());
                assertThat(cell.count()).as(cell.key()).isGreaterThanOrEqualTo(threshold);
            }
        }
    }

    private void readTruth(UUID tenantId) {
        TestTenant.inTenant(tenantId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT cohort_id, programme_id, start_on, department, location, level
                    FROM analytics_participations WHERE tenant_id = ? AND arm = 'PARTICIPANT'""")) {
                select.setObject(1, tenantId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID cohort = rows.getObject(1, UUID.class);
                        programmeOf.put(cohort, rows.getObject(2, UUID.class));
                        yearOf.put(cohort, rows.getObject(3, LocalDate.class).getYear());
                        Integer level = (Integer) rows.getObject(6);
                        count(cohort, "department", blankIfNull(rows.getString(4)));
                        count(cohort, "location", blankIfNull(rows.getString(5)));
                        count(cohort, "level", Integer.toString(levelBand(level)));
                    }
                }
            }
        });
    }

    private void count(UUID cohort, String dimension, String value) {
        int index = marginIndex.computeIfAbsent(cohort + "|" + dimension + "|" + value, k -> {
            marginCount.add(0L);
            return marginCount.size() - 1;
        });
        marginCount.set(index, marginCount.get(index) + 1);
    }

    private void readResponses(String token) {
        JsonNode options = Http.get("/api/leader/options", token).json();
        List<String> filters = new ArrayList<>(List.of(""));
        options.get("programmes").values().forEach(p -> filters.add("&programmeId=" + p.get("id").getStringValue()));
        options.get("cohorts").values().forEach(c -> filters.add("&cohortId=" + c.get("id").getStringValue()));
        options.get("years").values().forEach(y -> filters.add("&year=" + y.getIntValue()));
        for (JsonNode family : options.get("families").values()) {
            for (JsonNode by : options.get("breakdowns").values()) {
                for (String filter : filters) {
                    Http.Response response = Http.get("/api/leader/" + family.getStringValue() + "?by="
                            + by.getStringValue() + filter, token);
                    assertThat(response.status()).as(response.text()).isEqualTo(200);
                    add(family.getStringValue(), by.getStringValue(), filter, response.json());
                    responses++;
                }
            }
        }
    }

    private void add(String family, String by, String filter, JsonNode table) {
        List<UUID> cohorts = cohortsOf(filter);
        for (JsonNode row : table.get("rows").values()) {
            String value = row.get("key").getStringValue();
            add(family, filter + "|" + by + "|" + value, row, () -> underlying(cohorts, by, value));
        }
        add(family, filter + "|total", table.get("total"), () -> underlying(cohorts, "department", null));
    }

    /**
     * Every family describes the same groups, so a group is one cell; each family must hide it or show it alike,
     * or one family would give away what another hides.
     */
    private void add(String family, String key, JsonNode row, java.util.function.Supplier<int[]> underlyingOf) {
        boolean hidden = row.get("suppressed").getBooleanValue();
        if (seen.containsKey(key)) {
            assertThat(hidden).as(family + " shows or hides " + key + " unlike another family").isEqualTo(seen.get(key));
            return;
        }
        seen.put(key, hidden);
        int[] underlying = underlyingOf.get();
        long truth = IntStream.of(underlying).mapToLong(marginCount::get).sum();
        cells.add(new Cell(key, key.substring(0, key.lastIndexOf('|')), truth, underlying));
        if (row.get("suppressed").getBooleanValue()) {
            suppressed.add(key);
        } else {
            publishedCounts.put(key, Math.round(row.get("values").get("participants").getDoubleValue()));
        }
    }

    private List<UUID> cohortsOf(String filter) {
        return programmeOf.keySet().stream().filter(cohort -> filter.isEmpty()
                || filter.equals("&programmeId=" + programmeOf.get(cohort))
                || filter.equals("&cohortId=" + cohort)
                || filter.equals("&year=" + yearOf.get(cohort))).toList();
    }

    /** The finest cells a row sums: for a cohort-level breakdown all its cohorts' departments; else the value's. */
    private int[] underlying(List<UUID> cohorts, String by, String value) {
        List<Integer> indices = new ArrayList<>();
        for (UUID cohort : cohorts) {
            boolean cohortLevel = switch (by) {
                case "programme" -> programmeOf.get(cohort).toString().equals(value);
                case "cohort" -> cohort.toString().equals(value);
                case "startYear" -> yearOf.get(cohort).toString().equals(value);
                default -> false;
            };
            marginIndex.forEach((key, index) -> {
                String[] parts = key.split("\\|", 3);
                if (!parts[0].equals(cohort.toString())) {
                    return;
                }
                boolean wanted = value == null || cohortLevel ? parts[1].equals("department")
                        : parts[1].equals(by) && parts[2].equals(value);
                if (wanted) {
                    indices.add(index);
                }
            });
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<Relation> relations() {
        List<Relation> relations = new ArrayList<>();
        for (UUID cohort : programmeOf.keySet()) {
            int[][] byDimension = new int[DIMENSIONS.length][];
            for (int d = 0; d < DIMENSIONS.length; d++) {
                String prefix = cohort + "|" + DIMENSIONS[d] + "|";
                byDimension[d] = marginIndex.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                        .mapToInt(Map.Entry::getValue).toArray();
            }
            relations.add(new Relation(byDimension[0], byDimension[1]));
            relations.add(new Relation(byDimension[0], byDimension[2]));
        }
        return relations;
    }

    /** The level band number as the leader tables key it (Coarsening's bands; −1 when unknown). */
    private static int levelBand(Integer level) {
        if (level == null) {
            return -1;
        }
        int band = 0;
        while (band < Coarsening.LEVEL_BOUNDS.length && level >= Coarsening.LEVEL_BOUNDS[band]) {
            band++;
        }
        return band;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
