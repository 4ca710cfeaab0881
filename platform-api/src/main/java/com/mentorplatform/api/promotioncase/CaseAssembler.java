package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.evidence.EvidenceResponse;
import com.mentorplatform.api.promotioncase.PromotionCase.CompetencyProgress;
import com.mentorplatform.api.promotioncase.PromotionCase.Endorsement;
import com.mentorplatform.api.promotioncase.PromotionCase.Evidence;
import com.mentorplatform.api.promotioncase.PromotionCase.ReachedMilestone;
import com.mentorplatform.api.roadmaps.gaps.CompetencyLevels;
import com.mentorplatform.api.roadmaps.milestones.MilestoneResponse;
import com.mentorplatform.api.roadmaps.plans.RoadmapResponse;
import com.mentorplatform.api.workspace.CompetencyRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns what the roadmap, evidence and people features answer into a {@link PromotionCase}. */
final class CaseAssembler {

    static final String PLATFORM_NAME = "Mentoring Platform";

    private CaseAssembler() {
    }

    /** The case of the chosen milestones and evidence, each list in the order the mentee chose. */
    static PromotionCase assemble(RoadmapResponse roadmap, CaseSourceRepository.Mentee mentee,
                                  List<CompetencyLevels.Level> levels, List<MilestoneResponse> milestones,
                                  List<EvidenceResponse> evidence, LocalDate today) {
        String role = Stream.of(mentee.jobTitle(), mentee.department()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        PromotionCase.Header header = new PromotionCase.Header(roadmap.menteeName(), role, roadmap.cohortName(), today,
                PLATFORM_NAME + " (" + mentee.tenantName() + ")");
        var v = roadmap.vision();
        PromotionCase.Vision vision = new PromotionCase.Vision(v.aspiration(), v.whyItMatters(), v.successLooksLike(),
                v.horizonMonths(), v.targetRoleName());
        Map<UUID, String> titles = roadmap.milestones().stream()
                .collect(Collectors.toMap(MilestoneResponse::id, MilestoneResponse::title));
        return new PromotionCase(header, vision, levels.stream().map(CaseAssembler::competency).toList(),
                milestones.stream().map(CaseAssembler::milestone).toList(),
                evidence.stream().map(e -> evidence(e, titles)).toList());
    }

    private static CompetencyProgress competency(CompetencyLevels.Level l) {
        boolean byMentor = l.mentorLevel() != null;
        return new CompetencyProgress(l.name(), l.baselineLevel(), byMentor ? l.mentorLevel() : l.selfLevel(), byMentor,
                l.requiredLevel());
    }

    private static ReachedMilestone milestone(MilestoneResponse m) {
        Endorsement endorsement = m.endorsement() == com.mentorplatform.api.roadmaps.milestones.Endorsement.ENDORSED
                && m.endorsedAt() != null
                ? new Endorsement(Objects.requireNonNullElse(m.endorsedByName(), "their mentor"), day(m.endorsedAt()),
                        m.endorsementComment())
                : null;
        return new ReachedMilestone(m.title(), day(m.reachedAt()), m.dueOn(), Boolean.TRUE.equals(m.onTime()),
                m.criteria(), m.reachedNote(), endorsement);
    }

    private static Evidence evidence(EvidenceResponse e, Map<UUID, String> milestoneTitles) {
        List<String> milestones = e.milestoneIds().stream().map(milestoneTitles::get).filter(Objects::nonNull).toList();
        List<String> competencies = e.competencies().stream().map(CompetencyRef::name).toList();
        return new Evidence(label(e.kind().name()), e.title(), e.impact(), e.url(),
                e.file() == null ? null : e.file().name(), milestones, competencies);
    }

    /** An enum name as a label: CASE_STUDY reads "Case study". */
    static String label(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Dates are kept in UTC across the platform (on time is judged so too). */
    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
