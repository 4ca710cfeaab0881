package com.mentorplatform.ui.notifications;

import com.mentorplatform.client.model.Notification;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The header's bell: the number of unread notifications, and on click the latest of them. Opening one marks
 * it read and leads where its kind points ({@link InboxLinks}): the user's pairs, or a roadmap whose milestone
 * it reports. The count is fetched when asked (the layout asks on every navigation), never by polling.
 */
public class NotificationBell extends Div {

    /** More unread than this shows as "99+". */
    static final int COUNTED = 99;
    static final int LISTED = 30;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span unreadCount = new Span();
    final Dialog inbox = new Dialog();
    final InboxList list = new InboxList(this::open);
    private final NotificationsClient client = new NotificationsClient(ConsoleSession.current().api());
    private final InboxLinks links = new InboxLinks(client);

    public NotificationBell() {
        configureBell();
        configureInbox();
        addClassName("notification-bell");
        add(bell, unreadCount, inbox);
    }

    private void configureBell() {
        bell.setId("notification-bell");
        bell.setAriaLabel("Notifications");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> showInbox());
        unreadCount.setId("unread-count");
        unreadCount.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        // Up and to the right of the bell (styles/console.css), so the icon stays readable under a two-digit count.
        unreadCount.setVisible(false);
    }

    private void configureInbox() {
        inbox.setHeaderTitle("Notifications");
        inbox.setId("notifications-dialog");
        inbox.setWidth("30rem");
        inbox.setMaxWidth("100%");
        inbox.add(list);
        Button close = new Button("Close", click -> inbox.close());
        close.setId("notifications-close");
        inbox.getFooter().add(close);
    }

    /** Fetches the number of unread notifications and shows it on the bell (hidden when none). */
    public void refreshCount() {
        int unread = client.unread(COUNTED + 1).size();
        unreadCount.setText(unread > COUNTED ? COUNTED + "+" : String.valueOf(unread));
        unreadCount.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
    }

    void showInbox() {
        list.show(client.latest(LISTED));
        inbox.open();
    }

    private void open(Notification item) {
        if (Notifications.isUnread(item)) {
            client.markRead(item.getId().toString());
        }
        refreshCount();
        links.of(item).ifPresentOrElse(route -> {
            inbox.close();
            UI.getCurrent().navigate(route);
        }, () -> list.show(client.latest(LISTED)));
    }
}
