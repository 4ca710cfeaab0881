package com.mentorplatform.analytics.anonymity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which cells of a population's leader tables to hide.
 *
 * <p>Primary suppression hides every cell counting fewer than k people (but more than none).
 * Complementary suppression then repeats until no hidden cell is determined: a hidden cell is
 * determined when its vector over the underlying cells lies in the span of the shown cells'
 * vectors and the known relations — then some combination of published figures (a total minus
 * its other rows, one table minus another, a filter minus its complement) equals it. For each
 * determined cell one more cell is hidden among the shown cells the determining combination
 * uses: one that no other shown cells add up to if there is one, in the hidden cell's own table if
 * possible, then the smallest. Empty cells are never hidden (hiding them hides nothing). The
 * hidden set only grows, so the process ends.
 */
public final class SuppressionPlanner {

    private SuppressionPlanner() {
    }

    /**
     * @param underlyingCount how many underlying cells the cells' indices range over
     * @param cells           every figure a leader can request for the population
     * @param relations       identities among underlying cells that anyone may know
     * @param threshold       k: cells counting 1..k−1 people are hidden
     */
    public static Plan plan(int underlyingCount, List<Cell> cells, List<Relation> relations, int threshold) {
        if (threshold < 1 || underlyingCount < 0) {
            throw new IllegalArgumentException("the threshold must be at least 1 and the underlying count not negative");
        }
        List<Figure> figures = Figure.group(underlyingCount, cells);
        List<SparseVector> identities = identities(underlyingCount, relations);
        boolean[] hidden = new boolean[figures.size()];
        Set<String> primary = new HashSet<>();
        for (Figure figure : figures) {
            if (figure.count() > 0 && figure.count() < threshold) {
                hidden[figure.index()] = true;
                figure.cells().forEach(cell -> primary.add(cell.key()));
            }
        }
        List<Figure> ordered = new ArrayList<>(figures);
        ordered.sort(Figure.SMALLEST_FIRST);
        int rounds = 0;
        while (addComplements(underlyingCount, figures, ordered, identities, hidden)) {
            rounds++;
        }
        Set<String> suppressed = new HashSet<>();
        for (Figure figure : figures) {
            if (hidden[figure.index()]) {
                figure.cells().forEach(cell -> suppressed.add(cell.key()));
            }
        }
        return new Plan(suppressed, primary, rounds);
    }

    /**
     * One pass: hides one more figure for every hidden figure the shown ones determine, unless a
     * complement already chosen in this pass protects it too (a figure no other shown figures can
     * stand in for, used by the hidden figure's combination, leaves it undetermined once hidden).
     */
    private static boolean addComplements(int width, List<Figure> figures, List<Figure> ordered,
                                          List<SparseVector> identities, boolean[] hidden) {
        ModularSpan span = new ModularSpan(width);
        for (SparseVector identity : identities) {
            span.add(identity, -1);
        }
        // smallest first, so the span's independent rows, and the combinations built from them,
        // use small figures where they can: the complement chosen hides as little as possible
        for (Figure figure : ordered) {
            if (!hidden[figure.index()]) {
                span.add(figure.vector(), figure.index());
            }
        }
        Set<Figure> complements = new LinkedHashSet<>();
        boolean[] protecting = new boolean[span.rank()];
        for (Figure figure : ordered) {
            long[] combination = hidden[figure.index()] ? span.combination(figure.vector()) : null;
            if (combination == null || usesAny(combination, protecting)) {
                continue;
            }
            int chosen = complement(figure, combination, span, figures);
            complements.add(figures.get(span.source(chosen)));
            protecting[chosen] = !span.replaceable(chosen);
        }
        complements.forEach(figure -> hidden[figure.index()] = true);
        return !complements.isEmpty();
    }

    /**
     * The figure to hide so that {@code determined} stops being determined: among the shown figures
     * the combination uses, one that no other shown figures can stand in for (hiding a figure that
     * others add up to hides nothing), in the determined figure's own table if possible, then the
     * smallest. When every figure used can be stood in for, the preferred one of them is hidden and
     * the next pass looks again.
     */
    private static int complement(Figure determined, long[] combination, ModularSpan span, List<Figure> figures) {
        Comparator<Figure> preference = Comparator.comparing((Figure f) -> !f.sharesTableWith(determined))
                .thenComparing(Figure.SMALLEST_FIRST);
        int essential = -1;
        int any = -1;
        for (int j = 0; j < combination.length; j++) {
            int source = span.source(j);
            if (combination[j] == 0 || source < 0 || figures.get(source).count() == 0) {
                continue;
            }
            Figure candidate = figures.get(source);
            if (any < 0 || preference.compare(candidate, figures.get(span.source(any))) < 0) {
                any = j;
            }
            if (!span.replaceable(j)
                    && (essential < 0 || preference.compare(candidate, figures.get(span.source(essential))) < 0)) {
                essential = j;
            }
        }
        if (any < 0) {
            throw new IllegalArgumentException("cell " + determined.firstKey()
                    + " follows from the relations and empty cells alone: the counts or relations are inconsistent");
        }
        return essential >= 0 ? essential : any;
    }

    private static boolean usesAny(long[] combination, boolean[] protecting) {
        for (int j = 0; j < combination.length; j++) {
            if (protecting[j] && combination[j] != 0) {
                return true;
            }
        }
        return false;
    }

    private static List<SparseVector> identities(int width, List<Relation> relations) {
        List<SparseVector> identities = new ArrayList<>(relations.size());
        for (Relation relation : relations) {
            SparseVector identity = SparseVector.of(width, relation.plus(), relation.minus());
            if (!identity.isZero()) {
                identities.add(identity);
            }
        }
        return identities;
    }
}
