package com.mentorplatform.api.demo;

import com.mentorplatform.api.demo.DemoFramework.Framework;
import com.mentorplatform.api.demo.DemoOrganisation.Member;
import com.mentorplatform.api.evidence.EvidenceRequest;
import com.mentorplatform.api.evidence.EvidenceResponse;
import com.mentorplatform.api.evidence.EvidenceService;
import com.mentorplatform.api.journal.JournalEntryRequest;
import com.mentorplatform.api.journal.JournalService;
import com.mentorplatform.api.roadmaps.MilestoneLink;
import com.mentorplatform.api.roadmaps.RoadmapDigest;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A few months of growth journal (some entries shared with the mentor, some private) and one to three
 * pieces of evidence for most mentees of the running cohort, written as each mentee would write them;
 * the demo mentee gets a journal and five pieces of evidence of their own story, a PDF among them. Each links to its
 * competency, and to the mentee's milestone that develops that competency when their roadmap has one.
 */
@Singleton
class DemoJournalEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJournalEvidence.class);
    private static final int DAYS_BACK = 120;

    private final JournalService journal;
    private final EvidenceService evidence;
    private final RoadmapDigest roadmaps;
    private final TenantScope tenantScope;

    DemoJournalEvidence(JournalService journal, EvidenceService evidence, RoadmapDigest roadmaps,
                        TenantScope tenantScope) {
        this.journal = journal;
        this.evidence = evidence;
        this.roadmaps = roadmaps;
        this.tenantScope = tenantScope;
    }

    /** One mentee writing: who, the competencies by name, and the milestones of their roadmaps. */
    private record Writer(DemoRun run, Caller mentee, Framework framework, List<MilestoneLink> milestones) {

        List<UUID> competency(String name) {
            return List.of(framework.competencies().get(name));
        }

        /** The first milestone that develops the competency, if the mentee's roadmap has one. */
        List<UUID> milestone(String competency) {
            UUID id = framework.competencies().get(competency);
            return milestones.stream().filter(m -> m.competencies().contains(id)).map(MilestoneLink::id).limit(1).toList();
        }
    }

    /**
     * Seeds the mentees' journals and evidence in one transaction; {@code demoMentee} gets the rich set,
     * and each of {@code demoMentorsMentees} has shared something, so the demo mentor always has reading.
     */
    void seed(DemoRun run, Framework framework, List<Member> mentees, UUID demoMentee, Set<UUID> demoMentorsMentees) {
        long started = System.nanoTime();
        UUID tenantId = run.admin().tenantId();
        int[] counts = tenantScope.write(tenantId, () -> {
            int entries = 0;
            int items = 0;
            for (Member mentee : mentees) {
                boolean rich = mentee.id().equals(demoMentee);
                boolean read = demoMentorsMentees.contains(mentee.id());
                if (!rich && !read && run.oneIn(5)) {
                    continue;
                }
                Writer writer = new Writer(run, new Caller(mentee.id(), tenantId, EnumSet.of(Role.MENTEE)), framework,
                        roadmaps.milestones(tenantId, mentee.id()));
                entries += writeJournal(writer, rich ? 12 : run.between(2, 5), rich, read);
                items += collectEvidence(writer, rich);
            }
            return new int[] {entries, items};
        });
        LOG.info("Demo journals and evidence: {} entries and {} pieces of evidence in {} ms", counts[0], counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private int writeJournal(Writer writer, int count, boolean rich, boolean read) {
        DemoRun run = writer.run();
        // The demo mentor's mentees write nothing personal, so the mentor always has shared entries to read.
        List<DemoJournalTexts.Entry> pool = rich ? DemoJournalTexts.SHOWCASE_ENTRIES : read
                ? DemoJournalTexts.ENTRIES.stream().filter(e -> !e.personal()).toList() : DemoJournalTexts.ENTRIES;
        List<DemoJournalTexts.Entry> texts = run.pickDistinct(pool, count);
        List<Integer> daysAgo = run.pickDistinct(daysBack(), count).stream().sorted().toList();
        for (int i = 0; i < texts.size(); i++) {
            DemoJournalTexts.Entry text = texts.get(i);
            boolean shared = !text.personal() && (rich || read ? i % 3 != 2 : !run.oneIn(3));
            journal.create(writer.mentee(), run.valid(new JournalEntryRequest(run.today().minusDays(daysAgo.get(i)),
                    text.title(), text.body(), shared, writer.competency(text.competency()),
                    writer.milestone(text.competency()))));
        }
        return texts.size();
    }

    private int collectEvidence(Writer writer, boolean rich) {
        DemoRun run = writer.run();
        List<DemoJournalTexts.Evidence> chosen = rich ? DemoJournalTexts.SHOWCASE_EVIDENCE
                : run.pickDistinct(DemoJournalTexts.EVIDENCE, run.between(1, 3));
        for (DemoJournalTexts.Evidence item : chosen) {
            EvidenceResponse added = evidence.create(writer.mentee(), run.valid(new EvidenceRequest(item.kind(),
                    item.title(), item.impact(), item.url(), writer.competency(item.competency()),
                    writer.milestone(item.competency()))));
            if (item.fileName() != null) {
                evidence.attach(writer.mentee(), added.id(), item.fileName(), null, item.file());
            }
        }
        return chosen.size();
    }

    private static List<Integer> daysBack() {
        List<Integer> days = new ArrayList<>();
        for (int day = 1; day <= DAYS_BACK; day++) {
            days.add(day);
        }
        return days;
    }
}
