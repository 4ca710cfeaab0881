package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.MentorProfileRequest;
import com.mentorplatform.client.model.MentorProfileResponse;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A mentor's profile: competencies offered with levels, languages, time zone, interests, hours a month, a short
 * bio and topics they will not mentor. It never calls the API: it raises a {@link SaveEvent}.
 */
class MentorProfileForm extends ProfileForm {

    static final int MAX_HOURS = 80;
    static final int MAX_BIO = 1000;

    final IntegerField hoursPerMonth = new IntegerField("Hours a month for mentoring");
    final TextArea bio = new TextArea("Short bio");
    final TagField declinedTopics = new TagField("Topics declined (will not mentor)", "Pick or type, then Enter");

    MentorProfileForm(List<CompetencyResponse> framework) {
        super("Competencies offered, with the level of each", framework);
        setId("mentor-profile-form");
        configureFields();
        addProblemBox();
        addSection("Mentoring offer");
        add(competencies, 2);
        add(hoursPerMonth);
        addSection("About", bio);
        setColspan(bio, 2);
        add(languages, timeZone, interests, declinedTopics);
        addSaveButton();
    }

    private void configureFields() {
        hoursPerMonth.setId("mentor-hours");
        hoursPerMonth.setMin(0);
        hoursPerMonth.setMax(MAX_HOURS);
        hoursPerMonth.setStepButtonsVisible(true);
        hoursPerMonth.setHelperText("0 to " + MAX_HOURS);
        hoursPerMonth.setRequiredIndicatorVisible(true);
        bio.setMaxLength(MAX_BIO);
        bio.setMinHeight("6rem");
        bio.setHelperText("What mentees should know, up to " + MAX_BIO + " characters");
        register("hoursPerMonth", hoursPerMonth);
        register("bio", bio);
        register("declinedTopics", declinedTopics);
    }

    void edit(MentorProfileResponse profile) {
        showCommon(profile.getCompetencies(), profile.getLanguages(), profile.getTimeZone(), profile.getInterests());
        hoursPerMonth.setValue(profile.getHoursPerMonth());
        bio.setValue(Texts.orEmpty(profile.getBio()));
        declinedTopics.setTags(TOPIC_SUGGESTIONS, profile.getDeclinedTopics());
    }

    @Override
    void save() {
        fireEvent(new SaveEvent<Void, MentorProfileRequest>(this, null, new MentorProfileRequest()
                .competencies(competencies.value()).languages(List.copyOf(languages.getValue()))
                .timeZone(timeZone.getValue()).interests(interests.tags()).hoursPerMonth(hoursPerMonth.getValue())
                .bio(Texts.blankToNull(bio.getValue())).declinedTopics(declinedTopics.tags())));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<Void, MentorProfileRequest>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
