package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.RoadmapFixtures.World;
import com.mentorplatform.api.testing.Http;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.roadmaps.RoadmapFixtures.badFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The timeline pages newest first by keyset, without gaps or repeats, for everyone who reads the roadmap. */
class RoadmapTimelineTest {

    static World world;
    static String roadmap;

    @BeforeAll
    static void aRoadmapWithSevenChanges() {
        world = RoadmapFixtures.world("Timeline Co");
        roadmap = world.roadmap("A plan with a history");
        for (int i = 1; i <= 6; i++) {
            RoadmapFixtures.milestone(world.mentee().token(), roadmap, "Milestone " + i);
        }
    }

    @Test
    void pages_of_three_hold_every_change_once_newest_first() {
        List<String> summaries = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = Http.get(path(3, next), world.mentor().token()).json();
            pageSizes.add(page.get("items").size());
            page.get("items").values().forEach(item -> {
                summaries.add(item.get("summary").getStringValue());
                times.add(Instant.parse(item.get("occurredAt").getStringValue()));
            });
            next = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (next != null);

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(summaries).doesNotHaveDuplicates().hasSize(7);
        assertThat(summaries.get(0)).startsWith("Added milestone 'Milestone 6' due ");
        assertThat(summaries.get(6)).isEqualTo("Started the roadmap: A plan with a history");
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void each_change_names_its_actor_and_keeps_what_it_changed() {
        JsonNode newest = Http.get(path(1, null), world.hr()).json().get("items").get(0);

        assertThat(newest.get("actorId").getStringValue()).isEqualTo(world.mentee().personId().toString());
        assertThat(newest.get("actorName").getStringValue()).isNotBlank();
        assertThat(newest.get("subject").getStringValue()).isEqualTo("MILESTONE");
        assertThat(newest.get("action").getStringValue()).isEqualTo("CREATED");
        assertThat(newest.get("before").isNull()).isTrue();
        assertThat(newest.get("after").get("title").getStringValue()).isEqualTo("Milestone 6");
    }

    @Test
    void a_cursor_it_did_not_issue_and_a_page_size_out_of_range_are_a_400() {
        assertThat(badFields(Http.get(path(3, "not-a-cursor"), world.mentee().token()))).containsExactly("after");
        assertThat(badFields(Http.get(path(0, null), world.mentee().token()))).containsExactly("limit");
        assertThat(badFields(Http.get(path(201, null), world.mentee().token()))).containsExactly("limit");
    }

    private static String path(int limit, String after) {
        return "/api/roadmaps/" + roadmap + "/timeline?limit=" + limit + (after == null ? "" : "&after=" + after);
    }
}
