package com.mentorplatform.ui.kit;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search box above a list: a magnifier, a clear button, and a value that changes once the typing pauses, so
 * each list searches at the same pace and a query is not sent per keystroke.
 */
public class SearchField extends TextField {

    private static final int TYPING_PAUSE_MS = 300;

    public SearchField(String placeholder, String ariaLabel) {
        setPlaceholder(placeholder);
        setAriaLabel(ariaLabel);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(TYPING_PAUSE_MS);
    }
}
