package com.mentorplatform.api.checkins;

import com.mentorplatform.api.roadmaps.AgendaItem;
import com.mentorplatform.api.roadmaps.RoadmapDigest;
import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Suggests the next check-in's agenda from the mentee's roadmap and the pair's open actions. */
@Singleton
class CheckInAgenda {

    /** The longest agenda a check-in stores. */
    static final int MAX_TEXT = 4000;

    private final CheckInAccess access;
    private final CheckInActionRepository actions;
    private final RoadmapDigest roadmaps;
    private final TenantScope tenantScope;
    private final Clock clock;

    CheckInAgenda(CheckInAccess access, CheckInActionRepository actions, RoadmapDigest roadmaps,
                  TenantScope tenantScope, Clock clock) {
        this.access = access;
        this.actions = actions;
        this.roadmaps = roadmaps;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    AgendaResponse suggest(Caller caller, UUID pairId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return tenantScope.read(caller.tenantId(), () -> {
            PairAccess pair = access.reader(caller, pairId);
            List<AgendaItem> items = roadmaps.agenda(caller.tenantId(), pair.menteeId(), today);
            List<ActionResponse> open = actions.openOfPair(caller.tenantId(), pairId).stream()
                    .map(ActionResponse::of).toList();
            return new AgendaResponse(items, open, text(items, open, today));
        });
    }

    private static String text(List<AgendaItem> items, List<ActionResponse> open, LocalDate today) {
        List<String> lines = new ArrayList<>();
        section(lines, "Experiments under way", items.stream().filter(i -> i.kind().equals("EXPERIMENT"))
                .map(i -> "- " + i.title() + (i.due() == null ? "" : " (ends " + i.due() + ")")).toList());
        section(lines, "Milestones due", items.stream().filter(i -> i.kind().equals("MILESTONE"))
                .map(i -> "- " + i.title() + " (due " + i.due() + (i.due().isBefore(today) ? ", overdue)" : ")"))
                .toList());
        section(lines, "Open actions", open.stream()
                .map(a -> "- " + a.description() + " (" + a.ownerName() + (a.dueOn() == null ? "" : ", due " + a.dueOn())
                        + ")").toList());
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() + line.length() + 1 > MAX_TEXT) {
                break;
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }

    private static void section(List<String> lines, String heading, List<String> entries) {
        if (!entries.isEmpty()) {
            lines.add(heading);
            lines.addAll(entries);
        }
    }
}
