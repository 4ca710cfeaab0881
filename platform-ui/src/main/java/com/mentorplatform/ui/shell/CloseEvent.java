package com.mentorplatform.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;

/** The user closed a form without saving. */
public class CloseEvent extends ComponentEvent<Component> {

    public CloseEvent(Component form) {
        super(form, false);
    }

    /** Listens for {@code form} being closed. */
    public static Registration listen(Component form, ComponentEventListener<CloseEvent> listener) {
        return ComponentUtil.addListener(form, CloseEvent.class, listener);
    }
}
