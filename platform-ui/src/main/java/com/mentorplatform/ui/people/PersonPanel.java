package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.personaldata.PersonalDataActions;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import java.util.List;

/**
 * The side panel of the directory: the person form, and for someone already listed their history on a
 * second tab (loaded when that tab is opened) and, for a tenant admin, a tab to export or erase their data.
 */
final class PersonPanel extends TabSheet {

    final PersonForm form;
    final PersonHistory history;
    final Tab detailsTab;
    final Tab historyTab;
    Tab personalDataTab;
    private PersonalDataActions personalData;
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

    /** Adds the tab of a tenant admin's data-protection requests (export, erasure) for the person shown. */
    void offerPersonalData(PersonalDataActions actions) {
        personalData = actions;
        personalDataTab = add("Personal data", actions);
        personalDataTab.setId("person-data-tab");
    }

    /** Opens {@code person} (null for a new one) on the details tab. */
    void edit(PersonResponse person, List<String> departments) {
        shown = person;
        form.edit(person, departments);
        historyTab.setVisible(person != null);
        if (personalData != null) {
            personalDataTab.setVisible(person != null);
            if (person != null) {
                personalData.show(person);
            }
        }
        setSelectedTab(detailsTab);
    }

    private void loadHistoryIfShown() {
        if (shown != null && getSelectedTab() == historyTab) {
            history.show(shown);
        }
    }
}
