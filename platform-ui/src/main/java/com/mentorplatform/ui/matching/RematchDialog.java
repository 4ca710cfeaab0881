package com.mentorplatform.ui.matching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.BiConsumer;

/** Picks the next mentor for the mentee of an ended pair. */
class RematchDialog extends Dialog {

    final ComboBox<CohortMentor> mentor = new ComboBox<>("New mentor");
    final Button rematch = new Button("Rematch");

    RematchDialog(Pair ended, List<CohortMentor> mentors, BiConsumer<Pair, CohortMentor> onRematch) {
        setHeaderTitle("Rematch " + ended.menteeName());
        setId("rematch-dialog");
        mentor.setItems(mentors.stream().filter(m -> !m.personId().equals(ended.mentorId())).toList());
        mentor.setItemLabelGenerator(CohortMentor::displayName);
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
