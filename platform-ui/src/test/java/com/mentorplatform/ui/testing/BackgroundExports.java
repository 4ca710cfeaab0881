package com.mentorplatform.ui.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.mentorplatform.ui.kit.BackgroundExport;
import com.vaadin.flow.component.html.Anchor;

/** Waits, as the browser's poll would, for the API's background worker to finish an export. */
public final class BackgroundExports {

    private static final long WAIT_MILLIS = 30_000;
    private static final long POLL_MILLIS = 200;

    private BackgroundExports() {
    }

    /** Refreshes the export control until its download link (with this id) shows, for at most 30 s. */
    public static void awaitDownload(BackgroundExport export, String downloadId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (_find(Anchor.class, spec -> spec.withId(downloadId)).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(POLL_MILLIS);
            export.refresh();
        }
    }
}
