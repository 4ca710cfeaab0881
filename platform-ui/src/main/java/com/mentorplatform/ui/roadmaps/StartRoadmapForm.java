package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CreateRoadmapRequest;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.client.model.Vision;
import com.mentorplatform.client.model.VisionPatch;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a roadmap: the cohort it belongs to (one of the mentee's pairs) and the vision. It never calls the
 * API: it raises a {@link SaveEvent} and shows the API's field violations next to the fields.
 */
class StartRoadmapForm extends FormLayout {

    final Select<PairResponse> cohort = new Select<>();
    final VisionFields vision;
    final Button start = new Button("Start my roadmap", VaadinIcon.ROAD.create());
    private final FormProblems problems;

    /** {@code suggestedRoleId} (may be null), the target role of the mentee's profile, is picked to start with. */
    StartRoadmapForm(List<PairResponse> cohorts, List<RoleProfileResponse> roles, UUID suggestedRoleId) {
        setId("start-roadmap-form");
        vision = new VisionFields(roles);
        vision.show(new Vision().horizonMonths(VisionFields.DEFAULT_HORIZON_MONTHS).targetRoleId(suggestedRoleId));
        cohort.setId("start-cohort");
        cohort.setLabel("Cohort");
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(PairResponse::getCohortName);
        cohort.setHelperText("The programme cohort you are being mentored in");
        cohort.setValue(cohorts.isEmpty() ? null : cohorts.get(0));
        Map<String, HasValidation> fields = new HashMap<>(vision.byJsonName());
        fields.put("cohortId", cohort);
        problems = new FormProblems(fields);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        add(problems.box(), 2);
        add(vision.aspiration, 2);
        add(vision.whyItMatters, vision.successLooksLike, vision.horizonMonths, vision.targetRole, cohort);
        start.setId("start-roadmap");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> fireEvent(new SaveEvent<Void, CreateRoadmapRequest>(this, null, change())));
        add(new HorizontalLayout(start), 2);
    }

    private CreateRoadmapRequest change() {
        VisionPatch typed = vision.value();
        return new CreateRoadmapRequest().cohortId(cohort.isEmpty() ? null : cohort.getValue().getCohortId())
                .aspiration(typed.getAspiration()).whyItMatters(typed.getWhyItMatters())
                .successLooksLike(typed.getSuccessLooksLike()).horizonMonths(typed.getHorizonMonths())
                .targetRoleId(typed.getTargetRoleId());
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<Void, CreateRoadmapRequest>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
