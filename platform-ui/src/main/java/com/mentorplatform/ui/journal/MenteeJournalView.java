package com.mentorplatform.ui.journal;

import com.mentorplatform.client.model.JournalPage;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.evidence.EvidenceList;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.workspace.LinkOptions;
import com.mentorplatform.ui.workspace.Named;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;

/**
 * A mentor's read-only view of one mentee: the journal entries the mentee shared with them, and the mentee's
 * evidence. Private entries never reach this page; the API does not send them.
 */
@Route(value = "mentees/:menteeId/journal", layout = MainLayout.class)
@PageTitle("Journal & evidence | Mentoring Platform")
@RequiresRole(Role.MENTOR)
public class MenteeJournalView extends VerticalLayout implements BeforeEnterObserver {

    final VerticalLayout entries = new VerticalLayout();
    final Button more = new Button("Show more");
    private final JournalClient journal = new JournalClient(ConsoleSession.current().api());
    private String menteeId;
    private Map<String, String> milestoneTitles;
    private String next;

    public MenteeJournalView() {
        setId("mentee-journal-view");
        setMaxWidth("72rem");
        entries.setId("shared-entries");
        entries.setPadding(false);
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> append(journal.sharedBy(menteeId, next)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        menteeId = event.getRouteParameters().get("menteeId").orElse("");
        removeAll();
        Anchor back = new Anchor("me/mentees", "\u2190 My mentees");
        try {
            JournalPage first = journal.sharedBy(menteeId, null);
            milestoneTitles = Named.namesById(new LinkOptions(ConsoleSession.current().api()).milestones(menteeId));
            add(back, new H2(menteeName()), hint(), section("Shared journal entries"), entries, more,
                    section("Evidence"), new EvidenceList(menteeId, milestoneTitles));
            entries.removeAll();
            if (first.getItems().isEmpty()) {
                entries.add(new Paragraph("Nothing shared with you yet."));
            }
            append(first);
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            add(back, new Paragraph("This mentee's journal is not open to you: only the mentor of their pair reads "
                    + "what they share."));
        }
    }

    private void append(JournalPage page) {
        page.getItems().forEach(entry -> entries.add(new JournalEntryCard(entry, milestoneTitles, false, null)));
        next = page.getNext();
        more.setVisible(JournalClient.hasNext(page));
    }

    private String menteeName() {
        return journal.pairs().stream().filter(pair -> pair.getMenteeId().toString().equals(menteeId))
                .map(PairResponse::getMenteeName).findFirst().orElse("Your mentee");
    }

    private static Paragraph hint() {
        Paragraph hint = Hint.note("These are the entries your mentee chose to share with you; private entries "
                + "stay with them. Their evidence below is also what HR sees.");
        return hint;
    }

    private static H3 section(String title) {
        H3 heading = new H3(title);
        heading.addClassName("section-title");
        return heading;
    }
}
