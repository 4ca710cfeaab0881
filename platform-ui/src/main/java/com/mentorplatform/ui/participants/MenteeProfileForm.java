package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.MenteeProfileRequest;
import com.mentorplatform.client.model.MenteeProfileResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.people.PersonRef;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A mentee's profile: target role, a self-rated level per competency (the target role's competencies first),
 * goals, languages, time zone, interests, topics, up to three preferred mentors and people to avoid. It never
 * calls the API: it raises a {@link SaveEvent}.
 */
class MenteeProfileForm extends ProfileForm {

    static final int MAX_PREFERRED = 3;
    static final int MAX_GOALS = 4000;

    final ComboBox<RoleProfileResponse> targetRole = new ComboBox<>("Target role");
    final TextArea goals = new TextArea("Goals");
    final TagField topics = new TagField("Topics to work on", "Pick or type, then Enter");
    final MultiSelectComboBox<PersonRef> preferredMentors = new MultiSelectComboBox<>("Preferred mentors");
    final MultiSelectComboBox<PersonRef> avoidPeople = new MultiSelectComboBox<>("People to avoid as mentors");

    MenteeProfileForm(List<CompetencyResponse> framework, List<RoleProfileResponse> roles,
            FetchCallback<PersonRef, String> people) {
        super("Self-rated level today, per competency", framework);
        setId("mentee-profile-form");
        configureTargetRole(roles);
        configurePeople(people);
        goals.setMaxLength(MAX_GOALS);
        goals.setMinHeight("6rem");
        goals.setHelperText("Where the mentee wants to be, and what they want help with");
        register("targetRoleId", targetRole);
        register("goals", goals);
        register("topics", topics);
        register("preferredMentorIds", preferredMentors);
        register("avoidPersonIds", avoidPeople);
        addProblemBox();
        addSection("Direction", targetRole, goals);
        setColspan(goals, 2);
        add(competencies, 2);
        addSection("About", languages, timeZone, interests, topics);
        addSection("Mentor preferences", preferredMentors, avoidPeople);
        addSaveButton();
    }

    private void configureTargetRole(List<RoleProfileResponse> roles) {
        targetRole.setItems(roles);
        targetRole.setItemLabelGenerator(
                role -> role.getName() + " · " + role.getFamily() + ", level " + role.getLevel());
        targetRole.setClearButtonVisible(true);
        targetRole.setPlaceholder("Pick the role you are aiming for");
        targetRole.setHelperText("Its competencies come first below, with the level it asks for");
        targetRole.addValueChangeListener(change -> pinTargetRole());
    }

    private void configurePeople(FetchCallback<PersonRef, String> people) {
        for (MultiSelectComboBox<PersonRef> field : List.of(preferredMentors, avoidPeople)) {
            field.setItems(people);
            field.setItemLabelGenerator(PersonRef::displayName);
            field.setPlaceholder("Search by name");
            field.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        }
        preferredMentors.setId("mentee-preferred-mentors");
        preferredMentors.setHelperText("Up to " + MAX_PREFERRED + ", in order of preference");
        preferredMentors.addValueChangeListener(change -> {
            if (change.getValue().size() > MAX_PREFERRED) {
                preferredMentors.setValue(change.getOldValue());
                preferredMentors.setErrorMessage("Pick at most " + MAX_PREFERRED + " preferred mentors");
                preferredMentors.setInvalid(true);
            } else {
                preferredMentors.setInvalid(false);
            }
        });
    }

    /** Shows {@code profile}; {@code preferred} and {@code avoided} are its people with their names. */
    void edit(MenteeProfileResponse profile, List<PersonRef> preferred, List<PersonRef> avoided) {
        showCommon(profile.getCompetencies(), profile.getLanguages(), profile.getTimeZone(), profile.getInterests());
        targetRole.setValue(targetRole.getListDataView().getItems()
                .filter(role -> profile.getTargetRoleId() != null
                        && role.getId().equals(profile.getTargetRoleId()))
                .findFirst().orElse(null));
        pinTargetRole();
        goals.setValue(Texts.orEmpty(profile.getGoals()));
        topics.setTags(TOPIC_SUGGESTIONS, profile.getTopics());
        preferredMentors.setValue(new LinkedHashSet<>(preferred));
        avoidPeople.setValue(new LinkedHashSet<>(avoided));
    }

    private void pinTargetRole() {
        competencies.pinFirst(targetRole.isEmpty() ? List.of() : targetRole.getValue().getRequirements());
    }

    @Override
    void save() {
        fireEvent(new SaveEvent<Void, MenteeProfileRequest>(this, null, new MenteeProfileRequest()
                .targetRoleId(targetRole.isEmpty() ? null : targetRole.getValue().getId())
                .competencies(competencies.value()).goals(Texts.blankToNull(goals.getValue()))
                .languages(List.copyOf(languages.getValue())).timeZone(timeZone.getValue()).interests(interests.tags())
                .topics(topics.tags()).preferredMentorIds(ids(preferredMentors)).avoidPersonIds(ids(avoidPeople))));
    }

    private static List<UUID> ids(MultiSelectComboBox<PersonRef> people) {
        return people.getValue().stream().map(PersonRef::id).map(UUID::fromString).toList();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<Void, MenteeProfileRequest>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
