package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.client.model.PersonResponse;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import java.util.List;

/**
 * The side panel of the directory: the person form, and for someone already listed their history on a
 * second tab (loaded when that tab is opened).
 */
final class PersonPanel extends TabSheet {

    final PersonForm form;
    final PersonHistory history;
    final Tab detailsTab;
    final Tab historyTab;
    private PersonResponse shown;

    PersonPanel(PersonForm form, ApiClient api) {
        this.form = form;
        this.history = new PersonHistory(api);
        setId("person-panel");
        addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
        setWidth("30rem");
        addClassName("person-panel");
        form.addClassName("person-panel-form");
        history.setHeight("100%");
        history.setMinHeight("20rem");
        detailsTab = add("Details", form);
        historyTab = add("History", history);
        addSelectedChangeListener(change -> loadHistoryIfShown());
    }

    /** Opens {@code person} (null for a new one) on the details tab. */
    void edit(PersonResponse person, List<String> departments) {
        shown = person;
        form.edit(person, departments);
        historyTab.setVisible(person != null);
        setSelectedTab(detailsTab);
    }

    private void loadHistoryIfShown() {
        if (shown != null && getSelectedTab() == historyTab) {
            history.show(shown);
        }
    }
}
