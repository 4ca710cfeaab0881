package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ReviewRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;

/** Adds a review point: the day of the review, what changed in the plan, and why. */
class ReviewDialog extends FormDialog<RoadmapResponse, ReviewRequest> {

    final DatePicker reviewedOn = datePicker("Reviewed on");
    final TextArea summary = textArea("What changed", 2000, "Priorities recalibrated, dates moved, the target changed ...");
    final TextArea why = textArea("Why", 2000, null);

    ReviewDialog(RoadmapResponse roadmap) {
        super("Add a review point", "Add review", roadmap);
        setId("review-dialog");
        save.setId("review-save");
        reviewedOn.setId("review-date");
        reviewedOn.setRequiredIndicatorVisible(true);
        reviewedOn.setValue(LocalDate.now());
        summary.setId("review-summary");
        summary.setRequiredIndicatorVisible(true);
        why.setId("review-why");
        why.setRequiredIndicatorVisible(true);
        addFields(Map.of("reviewedOn", reviewedOn, "summary", summary, "why", why), reviewedOn, summary, why);
    }

    @Override
    ReviewRequest change() {
        return new ReviewRequest().reviewedOn(reviewedOn.getValue()).summary(Texts.blankToNull(summary.getValue()))
                .why(Texts.blankToNull(why.getValue()));
    }
}
