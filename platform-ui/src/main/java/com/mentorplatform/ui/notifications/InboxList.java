package com.mentorplatform.ui.notifications;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The notifications, newest first, unread ones marked; clicking one hands it to the bell. */
class InboxList extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private final Consumer<InboxItem> onOpen;

    InboxList(Consumer<InboxItem> onOpen) {
        this.onOpen = onOpen;
        setId("notifications-list");
        setWidthFull();
    }

    void show(List<InboxItem> items) {
        removeAll();
        items.forEach(item -> add(row(item)));
        if (items.isEmpty()) {
            Span none = new Span("Nothing yet. You will be told here when a mentoring pair of yours starts or ends, "
                    + "when a milestone is reached, endorsed or sent back, and when you are flagged for sponsorship.");
            none.setId("no-notifications");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
    }

    private Div row(InboxItem item) {
        Span message = new Span(item.message());
        message.getStyle().set("font-weight", item.isUnread() ? "600" : "400");
        Span when = new Span(WHEN.format(item.createdAt()) + (item.isUnread() ? " · unread" : ""));
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", item.isUnread() ? "var(--lumo-primary-text-color)" : "var(--lumo-secondary-text-color)");
        Div row = new Div(message, when);
        row.addClassName("notification-item");
        row.getElement().setAttribute("data-unread", String.valueOf(item.isUnread()));
        row.getElement().setAttribute("data-kind", item.kind());
        row.getElement().setAttribute("role", "button");
        row.getElement().setAttribute("tabindex", "0");
        row.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("cursor", "pointer")
                .set("border-left", "3px solid " + (item.isUnread() ? "var(--lumo-primary-color)" : "transparent"))
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        row.addClickListener(click -> onOpen.accept(item));
        return row;
    }
}
