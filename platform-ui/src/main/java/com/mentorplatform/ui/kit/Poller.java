package com.mentorplatform.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Follows background work by polling: while started, the browser asks every {@code intervalMs} and {@code tick}
 * runs on each ask. Polling pauses while the owner is off the page and resumes when it comes back, so a view left
 * open elsewhere keeps no poll alive.
 */
public final class Poller {

    private final Component owner;
    private final int intervalMs;
    private final Runnable tick;
    private boolean wanted;
    private Registration polling;

    public Poller(Component owner, int intervalMs, Runnable tick) {
        this.owner = owner;
        this.intervalMs = intervalMs;
        this.tick = tick;
        owner.addAttachListener(attach -> {
            if (wanted) {
                listen();
            }
        });
        owner.addDetachListener(detach -> unlisten());
    }

    public void start() {
        wanted = true;
        listen();
    }

    public void stop() {
        wanted = false;
        unlisten();
    }

    private void listen() {
        if (polling == null) {
            owner.getUI().ifPresent(ui -> {
                ui.setPollInterval(intervalMs);
                polling = ui.addPollListener(poll -> tick.run());
            });
        }
    }

    private void unlisten() {
        if (polling != null) {
            polling.remove();
            polling = null;
            owner.getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
