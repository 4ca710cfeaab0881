package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CompetencyLevel;
import com.mentorplatform.client.model.GapsResponse;
import com.mentorplatform.client.model.GapsResponseCompetencyGap;
import com.mentorplatform.client.model.MentorRatingsRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mentor rates the mentee's level (1–5) in each competency of the target role; a rating counts over the self-rating. */
class RatingsDialog extends FormDialog<RoadmapResponse, MentorRatingsRequest> {

    private static final Pattern RATING = Pattern.compile("ratings\\[(\\d+)]\\.level");

    final Map<UUID, Select<Integer>> levels = new LinkedHashMap<>();
    private final List<Select<Integer>> sent = new ArrayList<>();

    RatingsDialog(RoadmapResponse roadmap, GapsResponse gaps) {
        super("Rate " + roadmap.getMenteeName() + "'s competencies", "Save ratings", roadmap);
        setId("ratings-dialog");
        save.setId("ratings-save");
        gaps.getCompetencies().forEach(gap -> levels.put(gap.getCompetencyId(), levelField(gap)));
        addFields(this::fieldOf, levels.values().toArray(Select[]::new));
    }

    private static Select<Integer> levelField(GapsResponseCompetencyGap gap) {
        Select<Integer> level = new Select<>();
        level.setLabel(gap.getName());
        level.setItems(1, 2, 3, 4, 5);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Not rated");
        level.setValue(gap.getMentorLevel());
        level.setHelperText("Self-rated " + (gap.getSelfLevel() == null ? "—" : gap.getSelfLevel()) + " · role asks "
                + Roadmaps.required(gap));
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
    MentorRatingsRequest change() {
        sent.clear();
        List<CompetencyLevel> ratings = new ArrayList<>();
        levels.forEach((competencyId, level) -> {
            if (level.getValue() != null) {
                sent.add(level);
                ratings.add(new CompetencyLevel().competencyId(competencyId).level(level.getValue()));
            }
        });
        return new MentorRatingsRequest().ratings(ratings);
    }
}
