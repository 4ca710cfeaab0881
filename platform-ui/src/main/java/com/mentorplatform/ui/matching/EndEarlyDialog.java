package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.EndReason;
import com.mentorplatform.ui.pairs.PairLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a pair ends early: a reason from the list and, for "Other", what happened. */
class EndEarlyDialog extends Dialog {

    final Select<EndReason> reason = new Select<>();
    final TextArea note = new TextArea("What happened");
    final Button end = new Button("End pair");

    EndEarlyDialog(Consumer<Ending> onEnd) {
        setHeaderTitle("End the pair early");
        setId("end-early-dialog");
        reason.setLabel("Reason");
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(PairLabels::endReason);
        reason.setValue(EndReason.NOT_A_GOOD_FIT);
        reason.setWidthFull();
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setHelperText("Needed when the reason is Other");
        end.setId("end-early-confirm");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        end.addClickListener(click -> {
            close();
            onEnd.accept(new Ending(reason.getValue(), note.getValue()));
        });
        add(reason, note);
        getFooter().add(new Button("Cancel", click -> close()), end);
        setWidth("28rem");
    }

    /** The reason and note an early end is recorded with. */
    record Ending(EndReason reason, String note) {
    }
}
