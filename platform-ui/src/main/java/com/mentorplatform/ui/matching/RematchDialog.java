package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.ParticipantResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.BiConsumer;

/** Picks the next mentor for the mentee of an ended pair. */
class RematchDialog extends Dialog {

    final ComboBox<ParticipantResponse> mentor = new ComboBox<>("New mentor");
    final Button rematch = new Button("Rematch");

    RematchDialog(PairResponse ended, List<ParticipantResponse> mentors,
            BiConsumer<PairResponse, ParticipantResponse> onRematch) {
        setHeaderTitle("Rematch " + ended.getMenteeName());
        setId("rematch-dialog");
        mentor.setItems(mentors.stream().filter(m -> !m.getPersonId().equals(ended.getMentorId())).toList());
        mentor.setItemLabelGenerator(ParticipantResponse::getDisplayName);
        mentor.setWidthFull();
        rematch.setId("rematch-confirm");
        rematch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rematch.addClickListener(click -> {
            if (mentor.getValue() != null) {
                close();
                onRematch.accept(ended, mentor.getValue());
            }
        });
        add(mentor);
        getFooter().add(new Button("Cancel", click -> close()), rematch);
        setWidth("26rem");
    }
}
