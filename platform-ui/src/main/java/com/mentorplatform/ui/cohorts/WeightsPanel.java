package com.mentorplatform.ui.cohorts;

import com.mentorplatform.client.model.CohortMatchingWeights;
import com.mentorplatform.ui.matching.MatchingWeight;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The cohort's matching weights, read-only here: the matching workbench is where they are tuned. */
class WeightsPanel extends Details {

    private final FormLayout weights = new FormLayout();

    WeightsPanel() {
        setSummaryText("Matching weights");
        setId("matching-weights");
        weights.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 5));
        add(weights);
    }

    void show(CohortMatchingWeights shown) {
        weights.removeAll();
        for (MatchingWeight weight : MatchingWeight.values()) {
            weights.add(readOnly(weight.label(), weight.of(shown).stripTrailingZeros().toPlainString()));
        }
        weights.add(readOnly("Department pairing",
                Boolean.TRUE.equals(shown.getFavourSameDepartment()) ? "Same department" : "Cross-functional"));
        weights.add(readOnly("Language rule",
                Boolean.TRUE.equals(shown.getRequireSharedLanguage()) ? "Required" : "Preferred"));
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
