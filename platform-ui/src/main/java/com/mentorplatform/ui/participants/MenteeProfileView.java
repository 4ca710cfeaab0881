package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.MenteeProfileResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.framework.FrameworkClient;
import com.mentorplatform.ui.people.PersonPicker;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** A mentee's own profile, in their workspace. */
@Route(value = "me/mentee-profile", layout = MainLayout.class)
@PageTitle("My mentoring profile | Mentoring Platform")
@RequiresRole(Role.MENTEE)
public class MenteeProfileView extends ProfileScreen<MenteeProfileResponse> {

    final MenteeProfileForm form;

    public MenteeProfileView() {
        super("mentee");
        setId("mentee-profile-view");
        ApiClient api = ConsoleSession.current().api();
        FrameworkClient framework = new FrameworkClient(api);
        form = new MenteeProfileForm(framework.competencies(), framework.roleProfiles(),
                PersonPicker.search(api));
        form.addSaveListener(event -> save(() -> client.saveMenteeProfile(owner(), event.change())));
    }

    @Override
    ProfileForm form() {
        return form;
    }

    @Override
    MenteeProfileResponse load(ProfileOwner whose) {
        return client.menteeProfile(whose);
    }

    @Override
    void show(MenteeProfileResponse profile) {
        form.edit(profile, client.people(profile.getPreferredMentorIds()),
                client.people(profile.getAvoidPersonIds()));
        showSavedAt(profile.getUpdatedAt());
    }
}
