package com.mentorplatform.api.evidence;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.seeding.DemoEvidence;
import com.mentorplatform.api.seeding.DemoWorld;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One to three pieces of evidence for a demo mentee, written as the mentee would add them; the demo mentee gets
 * five of their own story, a PDF among them.
 */
@Singleton
class DemoEvidenceCollection implements DemoEvidence {

    private final EvidenceService evidence;

    DemoEvidenceCollection(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public int collect(DemoWorld world, Caller mentee, boolean rich,
                       Function<String, List<UUID>> milestonesDeveloping) {
        List<DemoEvidenceTexts.Evidence> chosen = rich ? DemoEvidenceTexts.SHOWCASE_EVIDENCE
                : world.pickDistinct(DemoEvidenceTexts.EVIDENCE, world.between(1, 3));
        for (DemoEvidenceTexts.Evidence item : chosen) {
            EvidenceResponse added = evidence.create(mentee, world.valid(new EvidenceRequest(item.kind(),
                    item.title(), item.impact(), item.url(),
                    List.of(world.get(DemoWorld.FRAMEWORK).competencies().get(item.competency())),
                    milestonesDeveloping.apply(item.competency()))));
            if (item.fileName() != null) {
                evidence.attach(mentee, added.id(), item.fileName(), null, item.file());
            }
        }
        return chosen.size();
    }
}
