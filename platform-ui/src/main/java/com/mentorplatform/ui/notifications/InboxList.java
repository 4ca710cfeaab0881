package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.Notification;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/** The notifications, newest first, unread ones marked; clicking one hands it to the bell. */
class InboxList extends Div {

    private final Consumer<Notification> onOpen;

    InboxList(Consumer<Notification> onOpen) {
        this.onOpen = onOpen;
        setId("notifications-list");
        setWidthFull();
    }

    void show(List<Notification> items) {
        removeAll();
        items.forEach(item -> add(row(item)));
        if (items.isEmpty()) {
            Span none = Hint.of("Nothing yet. You will be told here when a mentoring pair of yours starts or ends, "
                    + "when a milestone is reached, endorsed or sent back, and when you are flagged for sponsorship.");
            none.setId("no-notifications");
            add(none);
        }
    }

    private Div row(Notification item) {
        Span message = new Span(item.getMessage());
        message.addClassName("notification-message");
        Span when = new Span(Dates.moment(item.getCreatedAt()) + (Notifications.isUnread(item) ? " · unread" : ""));
        when.addClassName("notification-when");
        Div row = new Div(message, when);
        row.addClassName("notification-item");
        row.getElement().setAttribute("data-unread", String.valueOf(Notifications.isUnread(item)));
        row.getElement().setAttribute("data-kind", item.getKind().name());
        row.getElement().setAttribute("role", "button");
        row.getElement().setAttribute("tabindex", "0");
        row.addClickListener(click -> onOpen.accept(item));
        return row;
    }
}
