package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;

/** A mentee's evidence as cards, read only: what their mentor sees next to the shared journal. */
public class EvidenceList extends Div {

    /**
     * The mentee's evidence, newest first, with milestone badges titled from {@code milestoneTitles}. Files can be
     * downloaded; nothing can be changed.
     */
    public EvidenceList(String menteeId, Map<String, String> milestoneTitles) {
        setId("evidence-list");
        setWidthFull();
        EvidenceClient client = new EvidenceClient(ConsoleSession.current().api());
        List<EvidenceResponse> evidence = client.of(menteeId);
        if (evidence.isEmpty()) {
            add(new Paragraph("No evidence collected yet."));
            return;
        }
        add(EvidenceCard.grid(evidence, item -> new EvidenceCard(item, client, milestoneTitles, null)));
    }
}
