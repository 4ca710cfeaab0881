package com.mentorplatform.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;

/**
 * A form's request to save: {@code change} as the user filled it in, and {@code original}, what the form was
 * opened on (null for something new, or when the form edits one thing only). Forms raise it and never call
 * the API themselves; the view that owns the form does, and shows the API's answer on the form.
 *
 * @param <O> what the form edits
 * @param <C> the change it asks for
 */
public class SaveEvent<O, C> extends ComponentEvent<Component> {

    private final transient O original;
    private final transient C change;

    public SaveEvent(Component form, O original, C change) {
        super(form, false);
        this.original = original;
        this.change = change;
    }

    public O original() {
        return original;
    }

    public C change() {
        return change;
    }

    /** Listens for the save events of {@code form}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <O, C> Registration listen(Component form, ComponentEventListener<SaveEvent<O, C>> listener) {
        return ComponentUtil.addListener(form, SaveEvent.class, (ComponentEventListener) listener);
    }
}
