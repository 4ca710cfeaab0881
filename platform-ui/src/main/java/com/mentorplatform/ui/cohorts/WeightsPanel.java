package com.mentorplatform.ui.cohorts;

import com.mentorplatform.client.model.CohortMatchingWeights;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

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
        for (Map.Entry<String, BigDecimal> weight : labelled(shown).entrySet()) {
            weights.add(readOnly(weight.getKey(), weight.getValue().stripTrailingZeros().toPlainString()));
        }
        weights.add(readOnly("Department pairing",
                Boolean.TRUE.equals(shown.getFavourSameDepartment()) ? "Same department" : "Cross-functional"));
        weights.add(readOnly("Language rule",
                Boolean.TRUE.equals(shown.getRequireSharedLanguage()) ? "Required" : "Preferred"));
    }

    /** Each weight under the name a person reads, in the order the matching workbench shows them. */
    private static Map<String, BigDecimal> labelled(CohortMatchingWeights shown) {
        Map<String, BigDecimal> labelled = new LinkedHashMap<>();
        labelled.put("Competency gap coverage", shown.getGapCoverage());
        labelled.put("Seniority gap", shown.getSeniority());
        labelled.put("Department", shown.getDepartment());
        labelled.put("Shared language", shown.getLanguage());
        labelled.put("Time-zone overlap", shown.getTimeZone());
        labelled.put("Shared interests", shown.getInterests());
        labelled.put("Stated preferences", shown.getPreference());
        labelled.put("Availability", shown.getAvailability());
        return labelled;
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
