package com.mentorplatform.ui.checkins;

import java.util.List;

/** One page of a pair's check-ins, newest first; {@code next} is null on the last page. */
record CheckInPage(List<CheckIn> items, String next) {

    CheckInPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
