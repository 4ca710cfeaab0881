package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.RunResponse;
import com.mentorplatform.client.model.RunStatus;

/** What the workbench reads from a matching run besides its fields. */
final class Runs {

    private Runs() {}

    static boolean succeeded(RunResponse run) {
        return run.getStatus() == RunStatus.SUCCEEDED;
    }

    /** Whether the run is over, with proposals or without: the console stops polling it then. */
    static boolean isFinished(RunResponse run) {
        return run.getStatus() == RunStatus.SUCCEEDED || run.getStatus() == RunStatus.FAILED;
    }
}
