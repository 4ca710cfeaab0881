package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.anonymity.NestedGroups;
import com.mentorplatform.analytics.anonymity.SmallGroups;
import com.mentorplatform.analytics.kpi.NetPromoterScore;
import com.mentorplatform.analytics.kpi.Ratio;
import com.mentorplatform.analytics.kpi.ScoreBand;
import com.mentorplatform.api.analytics.SurveyReport.CohortSurveys;
import com.mentorplatform.api.analytics.SurveyReport.FitBand;
import com.mentorplatform.api.analytics.SurveyReport.SurveyComment;
import com.mentorplatform.api.analytics.SurveyReport.SurveyFigures;
import com.mentorplatform.api.snapshot.AnalyticsSnapshots;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Survey results for HR in three queries: satisfaction and NPS per cohort, fit by match-score band, and the
 * comments. Suppression is worked out over the whole tenant ({@link NestedGroups}: programmes, then their
 * cohorts) before the scope narrows what is shown, so the same answers are hidden whatever HR asks for.
 * Results take every answer so far: a free period would let two overlapping periods reveal one answer.
 */
@Singleton
class SurveyAnalytics {

    static final int COMMENT_LIMIT = 200;
    private static final String NO_SCORE = "no score";

    private final SurveyRepository surveys;
    private final ReportScopes scopes;
    private final AnalyticsSnapshots snapshots;
    private final TenantScope tenantScope;

    SurveyAnalytics(SurveyRepository surveys, ReportScopes scopes, AnalyticsSnapshots snapshots,
                    TenantScope tenantScope) {
        this.surveys = surveys;
        this.scopes = scopes;
        this.snapshots = snapshots;
        this.tenantScope = tenantScope;
    }

    /** A survey and how its answers are counted in a cohort row. */
    private enum Survey {
        FIT(SurveyRows.Cohort::fitAnswers), QUALITY(SurveyRows.Cohort::qualityAnswers), END(SurveyRows.Cohort::endAnswers);

        final Function<SurveyRows.Cohort, Long> answers;

        Survey(Function<SurveyRows.Cohort, Long> answers) {
            this.answers = answers;
        }
    }

    SurveyReport report(ReportScope s) {
        return tenantScope.readReport(s.tenantId(), () -> {
            scopes.requireKnown(s);
            int k = snapshots.threshold(s.tenantId());
            List<SurveyRows.Cohort> all = surveys.cohorts(s.tenantId(), NetPromoterScore.PROMOTER,
                    NetPromoterScore.DETRACTOR);
            Map<Survey, Hidden> hidden = new EnumMap<>(Survey.class);
            for (Survey survey : Survey.values()) {
                hidden.put(survey, hidden(all, survey, k));
            }
            List<SurveyRows.Cohort> inScope = all.stream().filter(c -> inScope(s, c)).toList();
            List<CohortSurveys> rows = inScope.stream().map(c -> row(c, hidden)).toList();
            SurveyFigures summary = s.cohortId() != null ? rows.stream().findFirst().map(SurveyAnalytics::figures)
                    .orElse(new SurveyFigures(0, null, 0, null, 0, null)) : total(s, inScope, hidden, k);
            return new SurveyReport(s.programmeId(), s.cohortId(), k, summary, rows, bands(s, k),
                    comments(s, inScope, hidden));
        });
    }

    private static boolean inScope(ReportScope s, SurveyRows.Cohort c) {
        return (s.programmeId() == null || s.programmeId().equals(c.programmeId()))
                && (s.cohortId() == null || s.cohortId().equals(c.cohortId()));
    }

    /** What one survey hides: cohorts, and programmes whose totals may not be shown. */
    private record Hidden(Set<UUID> cohorts, Set<UUID> programmes) {

        boolean total(ReportScope s, long answers, int k) {
            return SmallGroups.totalShown(answers, k) && (s.programmeId() == null || !programmes.contains(s.programmeId()));
        }
    }

    private static Hidden hidden(List<SurveyRows.Cohort> all, Survey survey, int k) {
        List<UUID> programmes = all.stream().map(SurveyRows.Cohort::programmeId).distinct().toList();
        long[] counts = all.stream().mapToLong(survey.answers::apply).toArray();
        int[] parentOf = all.stream().mapToInt(c -> programmes.indexOf(c.programmeId())).toArray();
        NestedGroups groups = NestedGroups.of(counts, parentOf, programmes.size(), k);
        Set<UUID> cohorts = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (groups.hiddenChildren()[i]) {
                cohorts.add(all.get(i).cohortId());
            }
        }
        Set<UUID> hiddenProgrammes = new HashSet<>();
        for (int p = 0; p < programmes.size(); p++) {
            if (groups.hiddenParents()[p]) {
                hiddenProgrammes.add(programmes.get(p));
            }
        }
        return new Hidden(cohorts, hiddenProgrammes);
    }

    private static CohortSurveys row(SurveyRows.Cohort c, Map<Survey, Hidden> hidden) {
        boolean fit = !hidden.get(Survey.FIT).cohorts().contains(c.cohortId());
        boolean quality = !hidden.get(Survey.QUALITY).cohorts().contains(c.cohortId());
        boolean end = !hidden.get(Survey.END).cohorts().contains(c.cohortId());
        return new CohortSurveys(c.cohortId(), c.cohortName(), c.fitAnswers(),
                fit ? Ratio.of(c.fitYes(), c.fitAnswers()) : null, c.qualityAnswers(),
                quality ? mean(c.qualitySum(), c.qualityAnswers()) : null, c.endAnswers(),
                end ? NetPromoterScore.of(c.promoters(), c.detractors(), c.endAnswers()) : null);
    }

    private static SurveyFigures figures(CohortSurveys row) {
        return new SurveyFigures(row.fitAnswers(), row.fitYesRate(), row.qualityAnswers(), row.satisfaction(),
                row.endAnswers(), row.nps());
    }

    /** The totals of a programme or of the whole tenant, each shown unless its survey hides it. */
    private static SurveyFigures total(ReportScope s, List<SurveyRows.Cohort> cohorts, Map<Survey, Hidden> hidden,
                                       int k) {
        long fit = cohorts.stream().mapToLong(SurveyRows.Cohort::fitAnswers).sum();
        long quality = cohorts.stream().mapToLong(SurveyRows.Cohort::qualityAnswers).sum();
        long end = cohorts.stream().mapToLong(SurveyRows.Cohort::endAnswers).sum();
        return new SurveyFigures(fit,
                hidden.get(Survey.FIT).total(s, fit, k)
                        ? Ratio.of(cohorts.stream().mapToLong(SurveyRows.Cohort::fitYes).sum(), fit) : null,
                quality,
                hidden.get(Survey.QUALITY).total(s, quality, k)
                        ? mean(cohorts.stream().mapToDouble(SurveyRows.Cohort::qualitySum).sum(), quality) : null,
                end,
                hidden.get(Survey.END).total(s, end, k) ? NetPromoterScore.of(
                        cohorts.stream().mapToLong(SurveyRows.Cohort::promoters).sum(),
                        cohorts.stream().mapToLong(SurveyRows.Cohort::detractors).sum(), end) : null);
    }

    /** FIT by score band over the whole tenant, the pairs without a score as a band of their own. */
    private List<FitBand> bands(ReportScope s, int k) {
        Map<Integer, SurveyRows.Band> byBand = surveys.fitBands(s.tenantId()).stream()
                .collect(Collectors.toMap(SurveyRows.Band::band, Function.identity()));
        List<Integer> keys = new ArrayList<>();
        for (ScoreBand band : ScoreBand.values()) {
            keys.add(band.ordinal());
        }
        keys.add(-1);
        long[] counts = keys.stream().mapToLong(b -> byBand.containsKey(b) ? byBand.get(b).answers() : 0).toArray();
        boolean[] hidden = SmallGroups.hidden(counts, k);
        List<FitBand> bands = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int key = keys.get(i);
            SurveyRows.Band row = byBand.get(key);
            long answers = row == null ? 0 : row.answers();
            bands.add(new FitBand(key < 0 ? NO_SCORE : ScoreBand.ofBucket(key).label(), answers,
                    hidden[i] || row == null ? null : Ratio.of(row.yes(), answers)));
        }
        return bands;
    }

    /** Comments of the scope's cohorts whose figure of that survey is shown. */
    private List<SurveyComment> comments(ReportScope s, List<SurveyRows.Cohort> inScope, Map<Survey, Hidden> hidden) {
        Map<UUID, String> names = inScope.stream()
                .collect(Collectors.toMap(SurveyRows.Cohort::cohortId, SurveyRows.Cohort::cohortName));
        String[] ids = names.keySet().stream().map(UUID::toString).toArray(String[]::new);
        return surveys.comments(s.tenantId(), ids, COMMENT_LIMIT).stream()
                .filter(c -> !hidden.get(Survey.valueOf(c.kind())).cohorts().contains(c.cohortId()))
                .map(c -> new SurveyComment(c.cohortId(), names.get(c.cohortId()), c.kind(), c.comment()))
                .toList();
    }

    private static Double mean(double sum, long answers) {
        return answers == 0 ? null : Math.round(sum / answers * 100) / 100d;
    }
}
