package com.mentorplatform.ui.people;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.paging.KeysetPages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;

/** Picks one person of the directory by typing part of their name; pages lazily through the API like the grid. */
public class PersonPicker extends ComboBox<PersonRef> {

    public PersonPicker(String label, ApiClient api) {
        super(label);
        setItems(search(api));
        setItemLabelGenerator(PersonRef::displayName);
        setClearButtonVisible(true);
        setPlaceholder("Search by name");
    }

    /** The directory searched by the typed text, page by page, as a combo box wants it. */
    public static FetchCallback<PersonRef, String> search(ApiClient api) {
        KeysetPages<PersonQuery, PersonRef> candidates = new KeysetPages<>((query, limit, after) ->
                new PeopleClient(api).page(query, limit, after).map(PersonRef::of));
        return query -> candidates.stream(new PersonQuery(query.getFilter().orElse(null), null), query.getOffset(),
                query.getLimit());
    }
}
