package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.roadmaps.RoadmapRequests.MentorRatings;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.Rating;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mentor rates the mentee's level (1–5) in each competency of the target role; a rating counts over the self-rating. */
class RatingsDialog extends FormDialog<Roadmap, MentorRatings> {

    private static final Pattern RATING = Pattern.compile("ratings\\[(\\d+)]\\.level");

    final Map<String, Select<Integer>> levels = new LinkedHashMap<>();
    private final List<Select<Integer>> sent = new ArrayList<>();

    RatingsDialog(Roadmap roadmap, Gaps gaps) {
        super("Rate " + roadmap.menteeName() + "'s competencies", "Save ratings", roadmap);
        setId("ratings-dialog");
        save.setId("ratings-save");
        gaps.competencies().forEach(gap -> levels.put(gap.competencyId(), levelField(gap)));
        addFields(this::fieldOf, levels.values().toArray(Select[]::new));
    }

    private static Select<Integer> levelField(Gaps.Gap gap) {
        Select<Integer> level = new Select<>();
        level.setLabel(gap.name());
        level.setItems(1, 2, 3, 4, 5);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Not rated");
        level.setValue(gap.mentorLevel());
        level.setHelperText("Self-rated " + (gap.selfLevel() == null ? "—" : gap.selfLevel()) + " · role asks "
                + gap.required());
        return level;
    }

    /** The field of a violation such as {@code ratings[2].level}: the third rating sent. */
    private HasValidation fieldOf(String jsonName) {
        Matcher rating = RATING.matcher(jsonName);
        if (rating.matches() && Integer.parseInt(rating.group(1)) < sent.size()) {
            return sent.get(Integer.parseInt(rating.group(1)));
        }
        return null;
    }

    @Override
    MentorRatings change() {
        sent.clear();
        List<Rating> ratings = new ArrayList<>();
        levels.forEach((competencyId, level) -> {
            if (level.getValue() != null) {
                sent.add(level);
                ratings.add(new Rating(competencyId, level.getValue()));
            }
        });
        return new MentorRatings(ratings);
    }
}
