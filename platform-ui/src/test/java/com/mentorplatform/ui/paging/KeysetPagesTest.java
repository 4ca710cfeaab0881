package com.mentorplatform.ui.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.RunningPlatform;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class KeysetPagesTest {

    private ApiClient api;
    private List<PersonResponse> everyone;

    @BeforeEach
    void signIn() {
        api = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        api.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);
        everyone = directory().fetch(PersonQuery.EVERYONE, 0, Integer.MAX_VALUE);
    }

    @Test
    void any_window_equals_that_slice_of_the_whole_directory() {
        KeysetPages<PersonQuery, PersonResponse> pages = directory();

        for (int[] window : new int[][] {{0, 50}, {50, 50}, {150, 50}, {7, 13}, {120, 90}, {30, 10}}) {
            int from = window[0];
            int to = Math.min(everyone.size(), from + window[1]);
            assertThat(pages.fetch(PersonQuery.EVERYONE, from, window[1]))
                    .as("people %d to %d", from, to)
                    .isEqualTo(everyone.subList(from, to));
        }
    }

    @Test
    void a_window_past_the_end_is_short_and_beyond_it_empty() {
        KeysetPages<PersonQuery, PersonResponse> pages = directory();
        int total = everyone.size();

        assertThat(pages.fetch(PersonQuery.EVERYONE, total - 5, 50)).isEqualTo(everyone.subList(total - 5, total));
        assertThat(pages.fetch(PersonQuery.EVERYONE, total + 10, 50)).isEmpty();
    }

    @Test
    void the_whole_directory_is_ordered_by_display_name() {
        assertThat(everyone).hasSizeGreaterThan(KeysetPages.MAX_PAGE);
        assertThat(everyone).extracting(PersonResponse::getDisplayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    private KeysetPages<PersonQuery, PersonResponse> directory() {
        return new KeysetPages<>(new PeopleClient(api)::page);
    }
}
