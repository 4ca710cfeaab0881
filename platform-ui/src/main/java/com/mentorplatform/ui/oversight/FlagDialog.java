package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.FlagKind;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flags a mentee as ready for sponsorship or a stretch assignment, with a note, and shows the flags already
 * open with a way to withdraw each. It never calls the API: it raises a {@link SaveEvent} for a new flag and
 * hands a flag to withdraw to {@code onWithdraw}.
 */
class FlagDialog extends Dialog {

    final Select<FlagKind> kind = new Select<>();
    final TextArea note = new TextArea("Why, in a few sentences");
    final Button confirm = new Button("Flag");
    private final FormProblems problems = new FormProblems(Map.of("kind", kind, "note", note));
    private final PairOverview pair;

    FlagDialog(PairOverview pair, Consumer<SponsorshipFlag> onWithdraw) {
        this.pair = pair;
        setId("flag-dialog");
        setHeaderTitle("Flag " + pair.getMenteeName());
        setWidth("34rem");
        if (!pair.getSponsorshipFlags().isEmpty()) {
            add(openFlags(onWithdraw));
        }
        configureForm();
        add(problems.box(), kind, note);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
    }

    private void configureForm() {
        kind.setLabel("Ready for");
        kind.setItems(FlagKind.values());
        kind.setItemLabelGenerator(FlagLabels::sentence);
        kind.setValue(FlagKind.SPONSORSHIP);
        kind.setWidthFull();
        note.setId("flag-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setMinHeight("8rem");
        note.setRequiredIndicatorVisible(true);
        note.setHelperText("Programme managers see this note, and so does " + pair.getMenteeName() + ".");
        confirm.setId("flag-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> fireEvent(new SaveEvent<>(this, pair,
                new FlagChange(kind.getValue(), note.getValue() == null ? null : note.getValue().strip()))));
    }

    private Div openFlags(Consumer<SponsorshipFlag> onWithdraw) {
        H4 title = new H4("Open flags");
        title.addClassName("flush");
        Div open = new Div(title);
        open.setId("open-flags");
        open.addClassName("open-flags");
        for (SponsorshipFlag flag : pair.getSponsorshipFlags()) {
            Button withdraw = new Button("Withdraw", click -> onWithdraw.accept(flag));
            withdraw.addClassName("withdraw-flag");
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Span when = Hint.of("since " + Dates.day(flag.getCreatedAt()));
            HorizontalLayout line = new HorizontalLayout(
                    Badge.of(FlagLabels.sentence(flag.getKind()), Badge.Tone.CONTRAST), when, withdraw);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            Paragraph said = new Paragraph(flag.getNote());
            said.addClassName("flag-note");
            open.add(line, said);
        }
        return open;
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<PairOverview, FlagChange>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
