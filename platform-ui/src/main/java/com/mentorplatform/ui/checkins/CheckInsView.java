package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.ActionResponse;
import com.mentorplatform.client.model.CheckInPage;
import com.mentorplatform.client.model.CheckInRequest;
import com.mentorplatform.client.model.CheckInResponse;
import com.mentorplatform.client.model.CheckInStatus;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.api.UserProfile;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneId;
import java.util.List;

/**
 * A pair's check-ins for its mentor or mentee: whether the cohort's cadence is kept, the scheduled and past
 * check-ins newest first, and (while the pair runs) logging or scheduling one and ticking actions done.
 */
@Route(value = "pairs/:pairId/check-ins", layout = MainLayout.class)
@PageTitle("Check-ins | Mentoring Platform")
@RequiresRole({Role.MENTOR, Role.MENTEE})
public class CheckInsView extends VerticalLayout implements BeforeEnterObserver, CheckInCommands {

    static final int PAGE_SIZE = 10;
    private static final String PARAMETER = "pairId";

    final H2 title = new H2();
    final Span subtitle = new Span();
    final CadenceBanner banner = new CadenceBanner();
    final Button log = new Button("Log check-in", VaadinIcon.PLUS.create());
    final Button schedule = new Button("Schedule", VaadinIcon.CALENDAR_CLOCK.create());
    final VerticalLayout list = new VerticalLayout();
    final Button older = new Button("Show older check-ins");
    final Paragraph empty = new Paragraph("No check-ins yet. Log your first conversation or schedule the next one.");
    CheckInDialog dialog;
    private final CheckInsClient client = new CheckInsClient(ConsoleSession.current().api());
    private final UserProfile user = ConsoleSession.current().user().orElseThrow();
    private final ZoneId zone = ZoneId.systemDefault();
    private PairResponse pair;
    private String next;

    public CheckInsView() {
        setId("check-ins-view");
        setMaxWidth("56rem");
        configureButtons();
        list.setId("check-in-list");
        list.setPadding(false);
        empty.setId("no-check-ins");
        subtitle.addClassName("note");
        title.addClassName("flush");
    }

    /** The route to a pair's check-ins, for links from other screens. */
    public static RouteParameters of(String pairId) {
        return new RouteParameters(PARAMETER, pairId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PARAMETER).orElse("");
        pair = client.pair(id);
        if (pair == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String other = CheckInsClient.otherThan(pair, user.id());
        title.setText("Check-ins with " + other);
        boolean open = CheckInsClient.isOpen(pair);
        subtitle.setText(pair.getCohortName() + (open ? "" : " · this pair has ended; its check-ins are history"));
        log.setVisible(open);
        schedule.setVisible(open);
        HorizontalLayout toolbar = new HorizontalLayout(log, schedule);
        removeAll();
        add(title, subtitle, banner, toolbar, empty, list, older);
        UI.getCurrent().getPage().setTitle("Check-ins with " + other + " | Mentoring Platform");
        reload();
    }

    private void configureButtons() {
        log.setId("log-check-in");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(click -> openDialog(CheckInDialog.Mode.LOG, null));
        schedule.setId("schedule-check-in");
        schedule.addClickListener(click -> openDialog(CheckInDialog.Mode.SCHEDULE, null));
        older.setId("older-check-ins");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(click -> showMore());
    }

    private void reload() {
        list.removeAll();
        next = null;
        showMore();
        banner.show(client.cadence(pairId()), zone);
    }

    private void showMore() {
        CheckInPage page = client.page(pairId(), PAGE_SIZE, next);
        page.getItems().forEach(checkIn -> list.add(new CheckInCard(checkIn, CheckInsClient.isOpen(pair), this, zone)));
        next = page.getNext();
        older.setVisible(next != null);
        empty.setVisible(list.getComponentCount() == 0);
    }

    private void openDialog(CheckInDialog.Mode mode, CheckInResponse scheduled) {
        List<ActionRows.Member> members = List.of(
                new ActionRows.Member(pair.getMentorId().toString(), pair.getMentorName()),
                new ActionRows.Member(pair.getMenteeId().toString(), pair.getMenteeName()));
        ActionRows.Member viewer = members.stream().filter(m -> m.id().equals(user.id())).findFirst().orElseThrow();
        dialog = new CheckInDialog(mode, scheduled, members, viewer, CheckInsClient.otherThan(pair, user.id()), zone);
        if (mode != CheckInDialog.Mode.LOG_SCHEDULED) {
            dialog.suggestAgenda(client.agenda(pairId()).getText());
        }
        dialog.addSaveListener(this::save);
        dialog.open();
    }

    private void save(SaveEvent<CheckInResponse, CheckInRequest> event) {
        try {
            if (event.original() == null) {
                client.create(pairId(), event.change());
            } else {
                new ScheduledCheckInLogging(client, dialog).log(event.original(), event.change());
            }
            dialog.close();
            boolean scheduled = event.change().getStatus() == CheckInStatus.SCHEDULED;
            Toast.done(scheduled ? "Check-in scheduled" : "Check-in logged");
            reload();
        } catch (ApiProblem problem) {
            dialog.showProblem(problem);
        }
    }

    @Override
    public boolean tick(ActionResponse action, boolean done) {
        return attempt(() -> client.tick(action.getId().toString(), done), done ? "Action done" : "Action reopened");
    }

    @Override
    public String privateNote(CheckInResponse checkIn) {
        return client.checkIn(checkIn.getId().toString()).getMyPrivateNote();
    }

    @Override
    public boolean savePrivateNote(CheckInResponse checkIn, String note) {
        return attempt(() -> {
            if (note == null || note.isBlank()) {
                client.deletePrivateNote(checkIn.getId().toString());
            } else {
                client.savePrivateNote(checkIn.getId().toString(), note.strip());
            }
        }, "Private note saved");
    }

    @Override
    public void logAsHeld(CheckInResponse checkIn) {
        openDialog(CheckInDialog.Mode.LOG_SCHEDULED, client.checkIn(checkIn.getId().toString()));
    }

    @Override
    public void cancel(CheckInResponse checkIn) {
        if (attempt(() -> client.cancel(checkIn.getId().toString()), "Check-in cancelled")) {
            reload();
        }
    }

    private boolean attempt(Runnable call, String success) {
        try {
            call.run();
            Toast.done(success);
            return true;
        } catch (ApiProblem problem) {
            Toast.refused(problem);
            return false;
        }
    }

    private String pairId() {
        return pair.getId().toString();
    }
}
