package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.client.model.Vision;
import com.mentorplatform.client.model.VisionPatch;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/** The fields of a roadmap's vision, shared by the form that starts a roadmap and the dialog that edits it. */
final class VisionFields {

    static final int DEFAULT_HORIZON_MONTHS = 18;

    final TextArea aspiration = FormDialog.textArea("Your aspiration", 2000,
            "Where you want to be in the long run, in your own words");
    final TextArea whyItMatters = FormDialog.textArea("Why it matters to you", 2000,
            "The values behind it: what you care about");
    final TextArea successLooksLike = FormDialog.textArea("What success looks like", 2000,
            "How you and others will notice you got there");
    final IntegerField horizonMonths = new IntegerField("Horizon (months)");
    final ComboBox<RoleProfileResponse> targetRole = new ComboBox<>("Target role");

    VisionFields(List<RoleProfileResponse> roles) {
        aspiration.setId("vision-aspiration");
        aspiration.setRequiredIndicatorVisible(true);
        whyItMatters.setId("vision-why");
        successLooksLike.setId("vision-success");
        horizonMonths.setId("vision-horizon");
        horizonMonths.setMin(1);
        horizonMonths.setMax(120);
        horizonMonths.setStepButtonsVisible(true);
        horizonMonths.setRequiredIndicatorVisible(true);
        horizonMonths.setValue(DEFAULT_HORIZON_MONTHS);
        horizonMonths.setHelperText("For example 18 months");
        targetRole.setId("vision-target-role");
        targetRole.setItems(roles);
        targetRole.setItemLabelGenerator(
                role -> role.getName() + " · " + role.getFamily() + ", level " + role.getLevel());
        targetRole.setClearButtonVisible(true);
        targetRole.setPlaceholder("Pick the role you are aiming for");
        targetRole.setHelperText("Its competencies make the gap analysis");
    }

    Component[] components() {
        return new Component[] {aspiration, whyItMatters, successLooksLike, horizonMonths, targetRole};
    }

    Map<String, HasValidation> byJsonName() {
        return Map.of("aspiration", aspiration, "whyItMatters", whyItMatters, "successLooksLike", successLooksLike,
                "horizonMonths", horizonMonths, "targetRoleId", targetRole);
    }

    void show(Vision vision) {
        aspiration.setValue(Texts.orEmpty(vision.getAspiration()));
        whyItMatters.setValue(Texts.orEmpty(vision.getWhyItMatters()));
        successLooksLike.setValue(Texts.orEmpty(vision.getSuccessLooksLike()));
        horizonMonths.setValue(vision.getHorizonMonths());
        targetRole.setValue(targetRole.getListDataView().getItems()
                .filter(role -> role.getId().equals(vision.getTargetRoleId())).findFirst().orElse(null));
    }

    /** The vision as typed, as a merge patch of every field (a cleared one is sent as null). */
    VisionPatch value() {
        return new VisionPatch().aspiration(Texts.blankToNull(aspiration.getValue()))
                .whyItMatters(Texts.blankToNull(whyItMatters.getValue()))
                .successLooksLike(Texts.blankToNull(successLooksLike.getValue()))
                .horizonMonths(horizonMonths.getValue())
                .targetRoleId(targetRole.isEmpty() ? null : targetRole.getValue().getId());
    }
}
