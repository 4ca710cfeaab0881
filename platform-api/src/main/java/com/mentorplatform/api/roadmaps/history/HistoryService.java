package com.mentorplatform.api.roadmaps.history;

import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.TimeCursor;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.Inputs;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Review points, which the mentee or the mentor add, and the timeline of every change, for all who read the roadmap. */
@Singleton
class HistoryService {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    private final ReviewRepository reviews;
    private final TimelineRepository timeline;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final TenantScope tenantScope;
    private final JsonMapper json;

    HistoryService(ReviewRepository reviews, TimelineRepository timeline, RoadmapAccess access, RoadmapChanges changes,
                   TenantScope tenantScope, JsonMapper json) {
        this.reviews = reviews;
        this.timeline = timeline;
        this.access = access;
        this.changes = changes;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    public ReviewResponse addReview(Caller caller, UUID roadmapId, ReviewRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        Inputs.plausible("reviewedOn", request.reviewedOn(), violations);
        ProblemException.throwIfAny(violations);
        ReviewRequest r = new ReviewRequest(request.reviewedOn(), request.summary().strip(), request.why().strip());
        return tenantScope.write(caller.tenantId(), () -> {
            access.forEither(caller, roadmapId, "Roadmap");
            UUID id = TimeOrderedIds.next();
            reviews.insert(caller.tenantId(), id, roadmapId, r.reviewedOn(), r.summary(), r.why(), caller.personId());
            changes.record(caller, roadmapId, new RoadmapChanges.Change(Subject.REVIEW, id, "ADDED", null, r, id));
            return reviews.find(caller.tenantId(), id).orElseThrow();
        });
    }

    /** The roadmap's review points, latest first. */
    List<ReviewResponse> reviews(Caller caller, UUID roadmapId) {
        return tenantScope.read(caller.tenantId(), () -> {
            access.reading(caller, roadmapId, "Roadmap");
            return reviews.ofRoadmap(caller.tenantId(), roadmapId);
        });
    }

    /** A page of the roadmap's changes, newest first, after the cursor of the previous page. */
    TimelinePage timeline(Caller caller, UUID roadmapId, @Nullable String after, @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_PAGE : limit;
        TimeCursor cursor = TimeCursor.decode(after);
        List<ChangeRow> rows = tenantScope.read(caller.tenantId(), () -> {
            access.reading(caller, roadmapId, "Roadmap");
            return timeline.page(caller.tenantId(), roadmapId, TimeCursor.at(cursor), TimeCursor.id(cursor),
                    Keyset.rowsFor(size));
        });
        Keyset<TimelineItem> page = Keyset.of(rows, size, last -> new TimeCursor(last.occurredAt(), last.id()).encode())
                .map(this::item);
        return new TimelinePage(page.items(), page.next());
    }

    private TimelineItem item(ChangeRow c) {
        JsonNode before = parse(c.before());
        JsonNode after = parse(c.after());
        return new TimelineItem(c.id(), c.occurredAt(), c.actorId(), c.actorName(), c.subject(), c.subjectId(),
                c.action(), ChangeSummary.of(c.subject(), c.action(), before, after), before, after);
    }

    private JsonNode parse(@Nullable String stored) {
        try {
            return stored == null ? null : json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A roadmap change holds invalid JSON", e);
        }
    }
}
