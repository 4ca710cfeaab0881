package com.mentorplatform.api.journal;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoEvidence;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A few months of growth journal (some entries shared with the mentor, some private) for most mentees of the
 * running cohort, written as each mentee would write them, and after each mentee's journal their evidence
 * ({@link DemoEvidence}); the demo mentee gets a journal of their own story. Each entry links to its
 * competency, and to the mentee's milestone that develops that competency when their roadmap has one.
 */
@Singleton
class DemoJournal implements DemoStep {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJournal.class);
    private static final int DAYS_BACK = 120;

    private final JournalService journal;
    private final DemoEvidence evidence;
    private final TenantScope tenantScope;

    DemoJournal(JournalService journal, DemoEvidence evidence, TenantScope tenantScope) {
        this.journal = journal;
        this.evidence = evidence;
        this.tenantScope = tenantScope;
    }

    /** One mentee writing: who, the competencies by name, and the milestones of their roadmaps. */
    private record Writer(DemoWorld world, Caller mentee, Framework framework, List<DemoWorld.Milestone> milestones) {

        List<UUID> competency(String name) {
            return List.of(framework.competencies().get(name));
        }

        /** The first milestone that develops the competency, if the mentee's roadmap has one. */
        List<UUID> milestone(String competency) {
            UUID id = framework.competencies().get(competency);
            return milestones.stream().filter(m -> m.competencies().contains(id)).map(DemoWorld.Milestone::id).limit(1)
                    .toList();
        }
    }

    @Override
    public int order() {
        return 1100;
    }

    /**
     * Seeds the mentees' journals and evidence in one transaction; the demo mentee gets the rich set, and each
     * of the demo mentor's mentees has shared something, so the demo mentor always has reading.
     */
    @Override
    public void seed(DemoWorld world) {
        long started = System.nanoTime();
        UUID tenantId = world.tenantId();
        UUID demoMentee = world.logins().mentee();
        Set<UUID> demoMentorsMentees = world.get(DemoWorld.PAIRS).stream()
                .filter(p -> p.mentorId().equals(world.logins().mentor())).map(DemoWorld.Pair::menteeId)
                .collect(Collectors.toSet());
        Framework framework = world.get(DemoWorld.FRAMEWORK);
        Map<UUID, List<DemoWorld.Milestone>> milestones = world.get(DemoWorld.MILESTONES);
        int[] counts = tenantScope.write(tenantId, () -> {
            int entries = 0;
            int items = 0;
            for (Member mentee : world.get(DemoWorld.RUNNING_MENTEES)) {
                boolean rich = mentee.id().equals(demoMentee);
                boolean read = demoMentorsMentees.contains(mentee.id());
                if (!rich && !read && world.oneIn(5)) {
                    continue;
                }
                Writer writer = new Writer(world, new Caller(mentee.id(), tenantId, EnumSet.of(Role.MENTEE)), framework,
                        milestones.get(mentee.id()));
                entries += writeJournal(writer, rich ? 12 : world.between(2, 5), rich, read);
                items += evidence.collect(world, writer.mentee(), rich, writer::milestone);
            }
            return new int[] {entries, items};
        });
        LOG.info("Demo journals and evidence: {} entries and {} pieces of evidence in {} ms", counts[0], counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private int writeJournal(Writer writer, int count, boolean rich, boolean read) {
        DemoWorld world = writer.world();
        // The demo mentor's mentees write nothing personal, so the mentor always has shared entries to read.
        List<DemoJournalTexts.Entry> pool = rich ? DemoJournalTexts.SHOWCASE_ENTRIES : read
                ? DemoJournalTexts.ENTRIES.stream().filter(e -> !e.personal()).toList() : DemoJournalTexts.ENTRIES;
        List<DemoJournalTexts.Entry> texts = world.pickDistinct(pool, count);
        List<Integer> daysAgo = world.pickDistinct(daysBack(), count).stream().sorted().toList();
        for (int i = 0; i < texts.size(); i++) {
            DemoJournalTexts.Entry text = texts.get(i);
            boolean shared = !text.personal() && (rich || read ? i % 3 != 2 : !world.oneIn(3));
            journal.create(writer.mentee(), world.valid(new JournalEntryRequest(world.today().minusDays(daysAgo.get(i)),
                    text.title(), text.body(), shared, writer.competency(text.competency()),
                    writer.milestone(text.competency()))));
        }
        return texts.size();
    }

    private static List<Integer> daysBack() {
        List<Integer> days = new ArrayList<>();
        for (int day = 1; day <= DAYS_BACK; day++) {
            days.add(day);
        }
        return days;
    }
}
