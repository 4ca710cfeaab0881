package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.paging.KeysetPages;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.DestructiveConfirmation;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * HR's list of sponsorship flags, newest first: who was flagged, by which mentor, in which cohort, for what and
 * why; open ones by default, withdrawn ones on request. HR may withdraw a flag.
 */
@Route(value = "sponsorship", layout = MainLayout.class)
@PageTitle("Sponsorship flags | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class SponsorshipFlagsView extends VerticalLayout {

    final Grid<SponsorshipFlag> grid = new Grid<>(SponsorshipFlag.class, false);
    final Select<FlagQuery.Status> status = new Select<>();
    private final OversightClient client = new OversightClient(ConsoleSession.current().api());
    private final KeysetPages<FlagQuery, SponsorshipFlag> pages = new KeysetPages<>(client::flags);

    public SponsorshipFlagsView() {
        setId("sponsorship-flags-view");
        setSizeFull();
        status.setId("flag-status");
        status.setLabel("Show");
        status.setItems(FlagQuery.Status.values());
        status.setItemLabelGenerator(FlagQuery.Status::label);
        status.setValue(FlagQuery.Status.OPEN);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        configureGrid();
        add(status, grid);
    }

    private void configureGrid() {
        grid.setId("sponsorship-flags-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SponsorshipFlag::getMenteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        grid.addColumn(SponsorshipFlag::getMentorName).setKey("mentor").setHeader("Flagged by").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(
                        flag -> new Anchor("cohorts/" + flag.getCohortId(), flag.getCohortName())))
                .setKey("cohort").setHeader("Cohort").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(flag -> Badge.of(FlagLabels.kind(flag.getKind()), Badge.Tone.CONTRAST)))
                .setKey("kind").setHeader("Ready for").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(SponsorshipFlag::getNote).setKey("note").setHeader("Note").setFlexGrow(5);
        grid.addColumn(flag -> Dates.day(flag.getCreatedAt())).setKey("flagged").setHeader("Flagged on")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::state)).setKey("state").setHeader("").setWidth("10rem")
                .setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        grid.setEmptyStateText("No open flags. Mentors flag mentees who are ready for sponsorship or a stretch "
                + "assignment from My mentees.");
        grid.setItems(query -> pages.stream(new FlagQuery(status.getValue()), query.getOffset(), query.getLimit()));
    }

    private Component state(SponsorshipFlag flag) {
        if (!SponsorshipFlags.isOpen(flag)) {
            return Badge.of("Withdrawn " + Dates.day(flag.getWithdrawnAt()), Badge.Tone.NEUTRAL);
        }
        Button withdraw = new Button("Withdraw", click -> confirmWithdrawal(flag));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    private void confirmWithdrawal(SponsorshipFlag flag) {
        DestructiveConfirmation.open("Withdraw the flag of " + flag.getMenteeName() + "?",
                "It leaves the open flags; " + flag.getMentorName() + " can raise a new one.", "Withdraw",
                () -> withdraw(flag));
    }

    private void withdraw(SponsorshipFlag flag) {
        client.withdraw(flag.getId());
        pages.forget();
        grid.getDataProvider().refreshAll();
        Toast.done("Flag of " + flag.getMenteeName() + " withdrawn");
    }
}
