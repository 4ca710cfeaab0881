package com.mentorplatform.api.demo;

import com.mentorplatform.api.demo.DemoFramework.Framework;
import com.mentorplatform.api.demo.DemoOrganisation.Member;
import com.mentorplatform.api.evidence.EvidenceRequest;
import com.mentorplatform.api.evidence.EvidenceResponse;
import com.mentorplatform.api.evidence.EvidenceService;
import com.mentorplatform.api.journal.JournalEntryRequest;
import com.mentorplatform.api.journal.JournalService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A few months of growth journal (some entries shared with the mentor, some private) and one to three
 * pieces of evidence for most mentees of the running cohort, written as each mentee would write them;
 * the demo mentee gets a rich journal and five pieces of evidence, a PDF among them. Links go to
 * competencies only: the demo has no roadmaps to link milestones of.
 */
@Singleton
class DemoJournalEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJournalEvidence.class);
    private static final int DAYS_BACK = 120;

    private final JournalService journal;
    private final EvidenceService evidence;
    private final TenantScope tenantScope;

    DemoJournalEvidence(JournalService journal, EvidenceService evidence, TenantScope tenantScope) {
        this.journal = journal;
        this.evidence = evidence;
        this.tenantScope = tenantScope;
    }

    /** Seeds the mentees' journals and evidence in one transaction; {@code demoMentee} gets the rich set. */
    void seed(DemoRun run, Framework framework, List<Member> mentees, UUID demoMentee) {
        long started = System.nanoTime();
        UUID tenantId = run.admin().tenantId();
        int[] counts = tenantScope.write(tenantId, () -> {
            int entries = 0;
            int items = 0;
            for (Member mentee : mentees) {
                boolean rich = mentee.id().equals(demoMentee);
                if (!rich && run.oneIn(5)) {
                    continue;
                }
                Caller caller = new Caller(mentee.id(), tenantId, EnumSet.of(Role.MENTEE));
                entries += writeJournal(run, framework, caller, rich ? 12 : run.between(2, 5), rich);
                items += collectEvidence(run, framework, caller, rich);
            }
            return new int[] {entries, items};
        });
        LOG.info("Demo journals and evidence: {} entries and {} pieces of evidence in {} ms", counts[0], counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private int writeJournal(DemoRun run, Framework framework, Caller mentee, int count, boolean rich) {
        List<DemoJournalTexts.Entry> texts = run.pickDistinct(DemoJournalTexts.ENTRIES, count);
        List<Integer> daysAgo = run.pickDistinct(daysBack(), count).stream().sorted().toList();
        for (int i = 0; i < texts.size(); i++) {
            DemoJournalTexts.Entry text = texts.get(i);
            boolean shared = !text.personal() && (rich ? i % 3 != 2 : !run.oneIn(3));
            journal.create(mentee, run.valid(new JournalEntryRequest(run.today().minusDays(daysAgo.get(i)), text.title(),
                    text.body(), shared, List.of(framework.competencies().get(text.competency())), List.of())));
        }
        return texts.size();
    }

    private int collectEvidence(DemoRun run, Framework framework, Caller mentee, boolean rich) {
        List<DemoJournalTexts.Evidence> chosen = rich ? DemoJournalTexts.EVIDENCE
                : run.pickDistinct(DemoJournalTexts.EVIDENCE, run.between(1, 3));
        for (DemoJournalTexts.Evidence item : chosen) {
            EvidenceResponse added = evidence.create(mentee, run.valid(new EvidenceRequest(item.kind(), item.title(),
                    item.impact(), item.url(), List.of(framework.competencies().get(item.competency())), List.of())));
            if (item.fileName() != null) {
                evidence.attach(mentee, added.id(), item.fileName(), null, item.file());
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
