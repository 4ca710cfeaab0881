package com.mentorplatform.api.roadmaps.experiments;

import com.mentorplatform.api.roadmaps.ReadableDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A roadmap's experiments and how much is running: more active experiments than the tenant's limit
 * is allowed but overcommitted, and an active experiment past its end has overrun its timebox. Each
 * of those is a warning.
 */
public record Workload(List<ExperimentResponse> experiments, int active, int limit, List<String> warnings) {

    static Workload of(List<ExperimentResponse> experiments, int limit, LocalDate today) {
        List<ExperimentResponse> running = experiments.stream().filter(x -> x.status() == ExperimentStatus.ACTIVE).toList();
        List<String> warnings = new ArrayList<>();
        if (running.size() > limit) {
            warnings.add(running.size() + " experiments are running; the limit is " + limit);
        }
        running.stream().filter(x -> x.endsOn().isBefore(today)).forEach(x -> warnings.add(
                "'" + x.objective() + "' was due to end on " + ReadableDates.of(x.endsOn())
                        + "; close it or move its end"));
        return new Workload(experiments, running.size(), limit, List.copyOf(warnings));
    }

    /** Whether more experiments run at once than the tenant's limit. */
    public boolean overcommitted() {
        return active > limit;
    }
}
